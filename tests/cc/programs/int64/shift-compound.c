// expect: exit 2
// expect-output: 600000000
// expect-output: 0
// expect-output: 140000000
// expect-output: 2
// expect-output: f
// expect-output: c000000000000000
// <<= and >>= on long long variables, array elements and through pointers.
#include <stdio.h>
int main(void) {
  long long a = 3, arr[2] = { 5, 0x100000000LL };
  unsigned long long u = 0xff00000000000000ULL, *p = &u;
  int k = 40;
  a <<= 33; printf("%llx\n", a);
  a >>= k; printf("%lld\n", a);
  arr[0] <<= 30; printf("%llx\n", arr[0]);
  arr[1] >>= 31; printf("%lld\n", arr[1]);
  *p >>= 60; printf("%llx\n", u);
  *p <<= 62; printf("%llx\n", u);
  return (int)arr[1];
}
