// expect: exit 0
// expect-output: 0 1 0 2
#include <stdio.h>
int calls;
int touch(int v) { calls++; return v; }
int main(void) {
  int r1 = 0 && touch(1);
  int r2 = 1 || touch(1);
  printf("%d %d %d ", r1, r2, calls);
  r1 = touch(1) && touch(0);
  printf("%d\n", calls);
  return r1;
}
