// expect: exit 0
// expect-output: 110001 110001 001101 010110 
// expect-output: 001101 110001 001101 110001 
// expect-output: 001101 001101 010110 
// All six comparisons on signed long long: high halves decide signed, low halves unsigned.
#include <stdio.h>
void cmp(long long a, long long b) {
  printf("%d%d%d%d%d%d ", a < b, a <= b, a > b, a >= b, a == b, a != b);
}
int main(void) {
  cmp(1, 2); cmp(-1, 1); cmp(1, -1); cmp(-1, -1);
  printf("\n");
  cmp(0x100000000LL, 0xffffffffLL); cmp(-0x100000000LL, 0xffffffffLL);
  cmp(0x180000000LL, 0x17fffffffLL); cmp(-9223372036854775807LL - 1, 9223372036854775807LL);
  printf("\n");
  cmp(0x200000001LL, 0x100000002LL); cmp(-2, -0x100000001LL); cmp(5000000000LL, 5000000000LL);
  printf("\n");
  return 0;
}
