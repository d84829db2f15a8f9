// expect: exit 0
// expect-output: 3 6
#include <stdio.h>
int one(void) { return 1; }
int two(void) { return 2; }
int (*table[2])(void) = {one, two};
int (*(*ptable)[2])(void) = &table;
int main(void) {
  int (**pp)(void) = table;
  printf("%d %d\n", (*ptable)[0]() + (*ptable)[1](), pp[0]() + pp[1]() + 3);
  return 0;
}
