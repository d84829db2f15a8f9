// expect: exit 0
// expect-output: 1 0 1 3
#include <stdio.h>
unsigned bits[4];
void set(int i) { bits[i / 32] |= 1u << (i % 32); }
int test(int i) { return (bits[i / 32] >> (i % 32)) & 1; }
int main(void) {
  set(5); set(70); set(127);
  int n = 0;
  for (int i = 0; i < 128; i++) n += test(i);
  printf("%d %d %d %d\n", test(5), test(6), test(127), n);
  return 0;
}
