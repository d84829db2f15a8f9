// expect: exit 0
// expect-output: 0 0 0 
// expect-output: -1 -1 -1 
// expect-output: 9223372036854775807 111111111111111111111111111111111111111111111111111111111111111 1y2p0ij32e8e7 
// expect-output: -9223372036854775808 -1000000000000000000000000000000000000000000000000000000000000000 -1y2p0ij32e8e8 
// expect-output: 1234567890123456789 1000100100010000100001111010001111101111010011000000100010101 9do1sj396nf9 
// Formatting long long by hand with / and %, in several bases.
#include <stdio.h>
void put(long long v, int base) {
  char buf[70];
  int n = 0, neg = v < 0;
  unsigned long long u = neg ? 0 - (unsigned long long)v : (unsigned long long)v;
  do { buf[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % base]; u /= base; } while (u);
  if (neg) putchar('-');
  while (n) putchar(buf[--n]);
  putchar(' ');
}
int main(void) {
  long long vals[] = { 0, -1, 9223372036854775807LL, -9223372036854775807LL - 1, 1234567890123456789LL };
  int i;
  for (i = 0; i < 5; i++) { put(vals[i], 10); put(vals[i], 2); put(vals[i], 36); putchar('\n'); }
  return 0;
}
