// expect: exit 55
// expect-output: 4 20
// expect-output: 3 50
// expect-output: 24
// expect-output: 550
// Array subscripts and pointer offsets given as long long.
#include <stdio.h>
int main(void) {
  int small[5] = { 1, 2, 3, 4, 5 };
  long long big[5] = { 10, 20, 30, 40, 50 };
  long long i = 3;
  unsigned long long j = 1;
  printf("%d %lld\n", small[i], big[j]);
  printf("%d %lld\n", *(small + i - 1), *(big + (i + j)));
  printf("%lld\n", big[i] - big[j] + (long long)(&big[4] - &big[0]));
  long long k;
  long long sum = 0;
  for (k = 0; k < 5; k++) sum += big[k] * small[k];
  printf("%lld\n", sum);
  return (int)(sum / 10);
}
