// expect: exit 0
// expect-output: 2147483647 2 4294967295
#include <stdio.h>
int main(void) {
  unsigned a = 0xfffffffe;
  unsigned b = 2;
  printf("%u %u %u\n", a / b, a % 3, a + 1);
  return 0;
}
