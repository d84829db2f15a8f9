// expect: exit 44
// expect-output: 4294967294
// expect-output: 18446744073709551614
// expect-output: -2
// expect-output: -30875
// expect-output: 255
// expect-output: -5
// expect-output: ffffffff80000000
// expect-output: 80000000
// Chains of explicit casts through 64-bit types.
#include <stdio.h>
int main(void) {
  int x = -2;
  printf("%lld\n", (long long)(unsigned)x);
  printf("%llu\n", (unsigned long long)(long long)x);
  printf("%d\n", (int)(unsigned long long)x);
  printf("%lld\n", (long long)(short)0x12348765);
  printf("%lld\n", (long long)(unsigned char)(long long)-1);
  printf("%lld\n", (long long)(unsigned long long)-5LL);
  printf("%llx\n", (unsigned long long)(int)0x80000000u);
  printf("%llx\n", (unsigned long long)(unsigned)0x80000000u);
  return (int)(long long)(char)300;
}
