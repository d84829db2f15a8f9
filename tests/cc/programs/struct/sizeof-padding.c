// expect: exit 0
// expect-output: 8 12 2 8
#include <stdio.h>
struct a { char c; int i; };
struct b { char c; int i; char d; };
struct c { char x; char y; };
struct d { short s; char c; int i; };
int main(void) {
  printf("%d %d %d %d\n", (int)sizeof(struct a), (int)sizeof(struct b), (int)sizeof(struct c), (int)sizeof(struct d));
  return 0;
}
