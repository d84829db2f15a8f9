// expect: exit 20
// expect-output: 986 931 1004 931 931 492 931 1004 
// expect-output: 1004 986 1004 931 931 492 931 1004 
// expect-output: 931 931 986 931 931 492 931 1004 
// expect-output: 2028 2028 2028 2010 1955 2028 931 2028 
// expect-output: 1900 1900 1900 1900 1882 1388 803 1900 
// expect-output: 675 675 675 675 675 218 675 748 
// expect-output: 1900 1900 1900 1900 1900 1388 858 1900 
// expect-output: 675 675 675 675 675 163 675 730 
// expect-output: 42 35 35 35 35 35 35 35 
// expect-output: 44 42 35 35 35 35 35 35 
// expect-output: 28 28 26 28 28 28 28 28 
// expect-output: 44 44 35 42 35 35 35 35 
// expect-output: 60 60 51 60 58 51 51 51 
// expect-output: 28 28 19 28 28 26 28 28 
// expect-output: 60 60 51 60 60 51 58 51 
// expect-output: 60 60 51 60 60 51 60 58 
// expect-output: 20 4294967292
// 64-bit comparisons as conditions of if, loops, && and || (jumps, not 0/1 values).
#include <stdio.h>
int tally(long long a, long long b) {
  int r = 0;
  if (a < b) r |= 1;
  if (a <= b) r |= 2;
  if (a > b) r |= 4;
  if (a >= b) r |= 8;
  if (a == b) r |= 16;
  if (a != b) r |= 32;
  if (!(a < b)) r |= 64;
  if (a < 0x100000000LL) r |= 128;
  if (a >= -1) r |= 256;
  if (a == 0xffffffffLL || b != -0x100000000LL) r |= 512;
  if (a > 5 && b <= 0x7fffffff00000000LL) r |= 1024;
  return r;
}
int utally(unsigned long long a, unsigned long long b) {
  int r = 0;
  if (a < b) r |= 1;
  if (a <= b) r |= 2;
  if (a > b) r |= 4;
  if (a >= b) r |= 8;
  if (a > 0xffffffffULL) r |= 16;
  if (a <= 0x8000000000000000ULL) r |= 32;
  return r;
}
int main(void) {
  long long v[] = { 0, 1, -1, 0xffffffffLL, 0x100000000LL, -0x100000000LL, 0x7fffffffffffffffLL, -9223372036854775807LL - 1 };
  int i, j;
  for (i = 0; i < 8; i++) {
    for (j = 0; j < 8; j++) printf("%d ", tally(v[i], v[j]));
    printf("\n");
  }
  for (i = 0; i < 8; i++) {
    for (j = 0; j < 8; j++) printf("%d ", utally(v[i], v[j]));
    printf("\n");
  }
  long long k;
  int n = 0;
  for (k = -0x100000002LL; k != -0xfffffffdLL; k++) n++;
  while (k < 0x100000000LL) { k += 0x40000000LL; n++; }
  do n++; while (--k >= 0x100000000LL - 3);
  printf("%d %lld\n", n, k);
  return n;
}
