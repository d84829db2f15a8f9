// expect: exit 0
// expect-output: 6
#include <stdio.h>
struct buf { int len; int data[4]; };
int main(void) {
  struct buf b;
  b.len = 3;
  for (int i = 0; i < b.len; i++) b.data[i] = i + 1;
  printf("%d\n", b.data[0] + b.data[1] + b.data[2]);
  return 0;
}
