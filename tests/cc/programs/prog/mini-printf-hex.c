// expect: exit 0
// expect-output: 0xdeadbeef 0x00000010
#include <stdio.h>
void hex(unsigned v) { putchar('0'); putchar('x'); for (int i = 28; i >= 0; i -= 4) putchar("0123456789abcdef"[(v >> i) & 15]); }
int main(void) { hex(0xdeadbeef); putchar(' '); hex(16); putchar('\n'); return 0; }
