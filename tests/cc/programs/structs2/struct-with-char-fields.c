// expect: exit 0
// expect-output: 12 a b 1000
#include <stdio.h>
struct rec { char a; short s; char b; int i; };
int main(void) {
  struct rec r = {'a', 1000, 'b', 0};
  r.i = r.s;
  printf("%d %c %c %d\n", (int)sizeof r, r.a, r.b, r.i);
  return 0;
}
