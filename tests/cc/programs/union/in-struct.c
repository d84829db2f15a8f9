// expect: exit 0
// expect-output: 1 65
#include <stdio.h>
struct tagged { int kind; union { int i; char c; } as; };
int main(void) {
  struct tagged t;
  t.kind = 1;
  t.as.i = 0;
  t.as.c = 'A';
  printf("%d %d\n", t.kind, t.as.i);
  return 0;
}
