// expect: exit 0
// expect-output: x
// expect-output: 1
// expect-output: BA65 66
// expect-output: 
// expect-output: 210
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  int r = fputs("x\n", stdout);
  printf("%d\n", r >= 0);
  printf("%d %d\n", fputc('A', stdout), putc(256 + 'B', stdout));
  printf("\n%d\n", fileno(stdin) + fileno(stdout) * 10 + fileno(stderr) * 100);
  return 0;
}
