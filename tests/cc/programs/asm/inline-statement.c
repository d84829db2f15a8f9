// expect: exit 0
// expect-output: 42
#include <stdio.h>
int value;
int main(void) {
  asm("mov dword [value], 42");
  printf("%d\n", value);
  return 0;
}
