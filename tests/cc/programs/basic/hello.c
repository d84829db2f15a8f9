// expect: exit 0
// expect-output: hello, world
// expect-output: 7 -3 ff
#include <stdio.h>
int main(void) {
  printf("hello, world\n");
  printf("%d %d %x\n", 7, -3, 255);
  return 0;
}
