// expect: exit 0
// expect-output: 8 65
#include <stdio.h>
struct v { int tag; union { int i; char c; }; };
int main(void) {
  struct v x;
  x.tag = 8; x.i = 0; x.c = 'A';
  printf("%d %d\n", x.tag, x.i);
  return 0;
}
