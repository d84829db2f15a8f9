// expect: exit 0
// expect-output: 26 35 35 35 35 35 35 35 35 
// expect-output: 44 26 35 35 35 35 35 35 35 
// expect-output: 44 44 26 35 35 35 35 35 35 
// expect-output: 44 44 44 26 35 35 35 35 35 
// expect-output: 44 44 44 44 26 35 35 35 35 
// expect-output: 44 44 44 44 44 26 35 35 35 
// expect-output: 44 44 44 44 44 44 26 35 35 
// expect-output: 44 44 44 44 44 44 44 26 35 
// expect-output: 44 44 44 44 44 44 44 44 26 
// All six comparisons on unsigned long long, including values with the top bit set.
#include <stdio.h>
int cmp(unsigned long long a, unsigned long long b) {
  return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 | (a != b) << 5;
}
int main(void) {
  unsigned long long v[] = { 0, 1, 0x7fffffffULL, 0x80000000ULL, 0xffffffffULL, 0x100000000ULL,
                             0x7fffffffffffffffULL, 0x8000000000000000ULL, 0xffffffffffffffffULL };
  int i, j;
  for (i = 0; i < 9; i++) {
    for (j = 0; j < 9; j++) printf("%d ", cmp(v[i], v[j]));
    printf("\n");
  }
  return 0;
}
