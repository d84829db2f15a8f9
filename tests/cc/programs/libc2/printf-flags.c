// expect: exit 0
// expect-output: [+5] [-5] [ 5] [-5] [+5]
// expect-output: [42   ] [00042] [42   ] [  -42]
// expect-output: [0xff] [0XFF] [010] [0] [0]
// expect-output: [0000beef] [0x0000beef] [0xbeef    ]
// expect-output: [+0007] [ 0007] [-0007]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char b[128];
  sprintf(b, "[%+d] [%+d] [% d] [% d] [%+ d]", 5, -5, 5, -5, 5); puts(b);
  sprintf(b, "[%-5d] [%05d] [%-05d] [%5d]", 42, 42, 42, -42); puts(b);
  sprintf(b, "[%#x] [%#X] [%#o] [%#x] [%#o]", 255, 255, 8, 0, 0); puts(b);
  sprintf(b, "[%08x] [%#010x] [%-#10x]", 0xbeef, 0xbeef, 0xbeef); puts(b);
  sprintf(b, "[%+05d] [% 05d] [%05d]", 7, 7, -7); puts(b);
  return 0;
}
