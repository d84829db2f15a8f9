// expect: exit 0
// expect-output: 180 0 -51455903873
// (a / b) * b + a % b == a for signed and unsigned pairs across the range.
#include <stdio.h>
int main(void) {
  long long vals[] = { 0, 1, -1, 2, -3, 1000000007LL, -99999999999LL, 0x7fffffffffffffffLL, 0x100000000LL, -0x100000001LL };
  int n = sizeof vals / sizeof vals[0];
  int i, j, ok = 0, bad = 0;
  long long sum = 0;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++) {
      long long a = vals[i], b = vals[j];
      unsigned long long ua = a, ub = b;
      if (b == 0) continue;
      if ((a / b) * b + a % b == a) ok++; else bad++;
      if ((ua / ub) * ub + ua % ub == ua) ok++; else bad++;
      sum += a % b;
    }
  printf("%d %d %lld\n", ok, bad, sum);
  return bad;
}
