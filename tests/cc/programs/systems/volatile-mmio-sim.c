// expect: exit 0
// expect-output: 3 42
#include <stdio.h>
volatile unsigned char device[4];
void write_reg(int r, unsigned char v) { volatile unsigned char *p = &device[r]; *p = v; }
int main(void) {
  int polls = 0;
  write_reg(1, 42);
  while (polls < 3) polls++;
  printf("%d %d\n", polls, device[1]);
  return 0;
}
