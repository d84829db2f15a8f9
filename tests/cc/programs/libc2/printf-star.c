// expect: exit 0
// expect-output: [    42] [42    ] [42    ]
// expect-output: [0009] [abc] [    xy]
// expect-output: [5]
// expect-output: #|
// expect-output:  #|
// expect-output:   #|
// expect-output:    #|
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char b[128];
  sprintf(b, "[%*d] [%-*d] [%*d]", 6, 42, 6, 42, -6, 42); puts(b);
  sprintf(b, "[%.*d] [%.*s] [%*.*s]", 4, 9, 3, "abcdef", 6, 2, "xyz"); puts(b);
  sprintf(b, "[%.*d]", -1, 5); puts(b);
  for (int w = 1; w <= 4; w++) { sprintf(b, "%*s|", w, "#"); puts(b); }
  return 0;
}
