// expect: exit 5
// expect-output: fffffffe ffffffff 100000000 100000001 
// expect-output: 5
// A static local long long keeps its value between calls.
#include <stdio.h>
unsigned long long next_id(void) {
  static unsigned long long id = 0xfffffffeULL;
  return id++;
}
long long running(long long add) {
  static long long total = -0x100000000LL;
  total += add;
  return total;
}
int main(void) {
  int i;
  for (i = 0; i < 4; i++) printf("%llx ", next_id());
  printf("\n");
  running(0x80000000LL);
  running(0x80000000LL);
  printf("%lld\n", running(5));
  return (int)running(0);
}
