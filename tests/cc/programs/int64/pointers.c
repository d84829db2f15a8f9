// expect: exit 42
// expect-output: -1 8589934591 17179869183 25769803775
// expect-output: 4 32
// expect-output: 543210fe23456789
// expect-output: 8589934591 25769803775
// Pointers to long long step by 8 bytes; loads and stores go through them.
#include <stdio.h>
void fill(long long *p, int n, long long start) {
  int i;
  for (i = 0; i < n; i++) *p++ = start + ((long long)i << 33);
}
int main(void) {
  long long arr[4];
  unsigned long long u = 0, *pu = &u;
  long long *end = arr + 4;
  fill(arr, 4, -1);
  printf("%lld %lld %lld %lld\n", arr[0], arr[1], arr[2], arr[3]);
  printf("%d %d\n", (int)(end - arr), (int)((char *)end - (char *)arr));
  *pu = 0xabcdef0123456789ULL;
  pu[0] ^= 0xffffffff00000000ULL;
  printf("%llx\n", u);
  long long *mid = &arr[2];
  printf("%lld %lld\n", mid[-1], *(mid + 1));
  long long **pp = &mid;
  **pp = 42;
  return (int)arr[2];
}
