// expect: exit 1
// expect-output: ffffffffffffffff 1ffffffff ffffffff
// expect-output: 7fffffff 1
// expect-output: ffffffffffffffff 8000000180000001
// expect-output: 7fffffffffffffff 40000000c0000000
// expect-output: 1ffffffff 100000003
// expect-output: ffffffff 80000001
// expect-output: 7fffffff 40000000
// expect-output: 1 1
// Logical >> of unsigned long long fills with zeros.
#include <stdio.h>
int main(void) {
  unsigned long long max = 0xffffffffffffffffULL, pat = 0x8000000180000001ULL;
  int n[] = { 0, 1, 31, 32, 33, 63 };
  int i;
  printf("%llx %llx %llx\n", max >> 0, max >> 31, max >> 32);
  printf("%llx %llx\n", max >> 33, max >> 63);
  for (i = 0; i < 6; i++) printf("%llx %llx\n", max >> n[i], pat >> n[i]);
  return (int)(pat >> 63);
}
