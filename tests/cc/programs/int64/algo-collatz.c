// expect: exit 59
// expect-output: 27: 111 steps, peak 9232
// expect-output: 77031: 350 steps, peak 21933016
// expect-output: 837799: 524 steps, peak 2974984576
// expect-output: 8400511: 685 steps, peak 159424614880
// expect-output: 63728127: 949 steps, peak 966616035460
// Collatz sequences whose values pass 2^32 on the way.
#include <stdio.h>
int steps(unsigned long long n, unsigned long long *peak) {
  int s = 0;
  *peak = n;
  while (n != 1) {
    n = (n & 1) ? 3 * n + 1 : n >> 1;
    if (n > *peak) *peak = n;
    s++;
  }
  return s;
}
int main(void) {
  unsigned long long starts[] = { 27, 77031, 837799, 8400511, 63728127 };
  unsigned long long peak;
  int i, total = 0;
  for (i = 0; i < 5; i++) {
    int s = steps(starts[i], &peak);
    total += s;
    printf("%llu: %d steps, peak %llu\n", starts[i], s, peak);
  }
  return total % 256;
}
