// expect: exit 0
// expect-output: [a] [  b] [c  ] [%] [%]
// expect-output: [] [   right] [left    ]
// expect-output: [(null)]
// expect-output: [(nil)]
// expect-warning: unknown conversion type character '%' in format [-Wformat=]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char b[128];
  sprintf(b, "[%c] [%3c] [%-3c] [%%] [%5%]", 'a', 'b', 'c'); puts(b);
  sprintf(b, "[%s] [%8s] [%-8s]", "", "right", "left"); puts(b);
  sprintf(b, "[%s]", (char *)0); puts(b);
  sprintf(b, "[%p]", (void *)0); puts(b);
  return 0;
}
