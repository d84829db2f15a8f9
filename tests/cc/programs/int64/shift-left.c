// expect: exit 0
// expect-output: 1 2 80000000
// expect-output: 100000000 200000000 8000000000000000
// expect-output: 8000000180000001 c000000080000000 8000000100000000
// expect-output: 200000000 8000000000000000
// expect-output: 8000000180000001 123456789abcdef
// expect-output: 300000002 2468acf13579bde
// expect-output: c000000080000000 c4d5e6f780000000
// expect-output: 8000000100000000 89abcdef00000000
// expect-output: 200000000 13579bde00000000
// expect-output: 8000000000000000 8000000000000000
// << by constant counts 0, 1, 31, 32, 33, 63 and the same counts in a variable.
#include <stdio.h>
int main(void) {
  long long one = 1;
  unsigned long long pat = 0x8000000180000001ULL;
  int n[] = { 0, 1, 31, 32, 33, 63 };
  int i;
  printf("%llx %llx %llx\n", one << 0, one << 1, one << 31);
  printf("%llx %llx %llx\n", one << 32, one << 33, (unsigned long long)one << 63);
  printf("%llx %llx %llx\n", pat << 0, pat << 31, pat << 32);
  printf("%llx %llx\n", pat << 33, pat << 63);
  for (i = 0; i < 6; i++) printf("%llx %llx\n", pat << n[i], 0x123456789abcdefULL << n[i]);
  return 0;
}
