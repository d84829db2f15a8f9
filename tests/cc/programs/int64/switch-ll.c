// expect: exit 1
// expect-output: one
// expect-output: high one
// expect-output: minus one
// expect-output: low ones
// expect-output: min
// expect-output: other
// expect-output: other
// expect-output: 3 2 1 0
// switch on a long long compares all 64 bits: cases may differ only in the high half.
#include <stdio.h>
const char *name(long long v) {
  switch (v) {
  case 1: return "one";
  case 0x100000001LL: return "high one";
  case -1: return "minus one";
  case 0xffffffffLL: return "low ones";
  case -9223372036854775807LL - 1: return "min";
  default: return "other";
  }
}
int kind(unsigned long long u) {
  switch (u) {
  case 0xffffffffffffffffULL: return 3;
  case 0x8000000000000000ULL: return 2;
  case 0: return 1;
  }
  return 0;
}
int main(void) {
  long long vals[] = { 1, 0x100000001LL, -1, 0xffffffffLL, -9223372036854775807LL - 1, 2, 0x200000001LL };
  int i;
  for (i = 0; i < 7; i++) printf("%s\n", name(vals[i]));
  printf("%d %d %d %d\n", kind(-1), kind(1ULL << 63), kind(0), kind(1ULL << 32));
  return kind(0);
}
