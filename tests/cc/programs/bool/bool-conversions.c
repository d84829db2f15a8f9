// expect: exit 0
// expect-output: 1 1 0 1 1 1
#include <stdio.h>
#include <stdbool.h>
int main(void) {
  bool a = 42;
  bool b = -1;
  bool c = 0;
  char *p = "x";
  bool d = p;
  bool e = 256;       /* nonzero, even though its low byte is 0 */
  bool f = false;
  f++;
  printf("%d %d %d %d %d %d\n", a, b, c, d, e, f);
  return sizeof(bool) - 1;
}
