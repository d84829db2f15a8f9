// expect: exit 0
// expect-output: -1 255 -2 65534
#include <stdio.h>
void show(char c, unsigned char uc, short s, unsigned short us) {
  printf("%d %d %d %d\n", c, uc, s, us);
}
int main(void) { show(-1, 255, -2, 65534); return 0; }
