// expect: exit 40
// expect-output: 1 10 100 1000000000000 10000000000000000000 
// expect-output: -1 -9223372036854775808 0 0 0 
// expect-output: fffffffffffffff9 0 2222222233333333 0 
// expect-output: 4294967296 -4294967296 32
// expect-output: 5
// Arrays of 64-bit integers: brace initialisers, partial ones, designators.
#include <stdio.h>
#include <stdint.h>
uint64_t powers[] = { 1, 10, 100, 1000000000000ULL, 10000000000000000000ULL };
int64_t partial[5] = { -1, INT64_MIN };
long long designated[4] = { [2] = 0x2222222233333333LL, [0] = -7 };
long long grid[2][2] = { { 1, 2 }, { 0x100000000LL, -0x100000000LL } };
int main(void) {
  int i;
  for (i = 0; i < 5; i++) printf("%llu ", powers[i]);
  printf("\n");
  for (i = 0; i < 5; i++) printf("%lld ", partial[i]);
  printf("\n");
  for (i = 0; i < 4; i++) printf("%llx ", designated[i]);
  printf("\n");
  printf("%lld %lld %d\n", grid[1][0], grid[1][1], (int)sizeof grid);
  printf("%d\n", (int)(sizeof powers / sizeof powers[0]));
  return (int)(sizeof partial);
}
