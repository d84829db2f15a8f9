// expect: exit 9
// expect-output: if taken
// expect-output: else taken
// expect-output: while 3
// expect-output: for 9
// expect-output: ternary true
// expect-output: zero
// 64-bit values as the condition of if, while, for, do and ?:.
#include <stdio.h>
int main(void) {
  long long v = 0x300000000LL;
  int steps = 0;
  if (v) printf("if taken\n");
  if (v - 0x300000000LL) printf("wrong\n"); else printf("else taken\n");
  while (v) { v -= 0x100000000LL; steps++; }
  printf("while %d\n", steps);
  unsigned long long bit;
  for (bit = 1ULL << 40; bit; bit >>= 8) steps++;
  printf("for %d\n", steps);
  long long k = 0x100000000LL * 2;
  do k -= 0x100000000LL; while (k);
  printf("%s\n", (0x100000000LL ? "ternary true" : "ternary false"));
  printf("%s\n", (k ? "bad" : "zero"));
  return steps;
}
