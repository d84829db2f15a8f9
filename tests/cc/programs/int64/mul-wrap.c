// expect: exit 0
// expect-output: 1
// expect-output: 200000001
// expect-output: eec9d9346455996
// expect-output: 2293070008301402073
// Unsigned 64-bit multiplication wraps modulo 2^64.
#include <stdio.h>
int main(void) {
  unsigned long long m = 0xffffffffffffffffULL;
  printf("%llu\n", m * m);
  printf("%llx\n", 0x100000001ULL * 0x100000001ULL);
  printf("%llx\n", 0xdeadbeefcafebabeULL * 0x9e3779b97f4a7c15ULL);
  unsigned long long p = 1;
  int i;
  for (i = 0; i < 70; i++) p *= 3;
  printf("%llu\n", p);
  return 0;
}
