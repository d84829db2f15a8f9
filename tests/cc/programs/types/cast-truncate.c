// expect: exit 0
// expect-output: 52 -16 4660 120
#include <stdio.h>
int main(void) {
  int big = 0x1234;
  printf("%d %d %d %d\n", (unsigned char)big, (char)0xf0, (short)big, (char)(big + 0x44));
  return 0;
}
