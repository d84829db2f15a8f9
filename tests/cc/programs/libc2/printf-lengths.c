// expect: exit 0
// expect-output: -1 18446744073709551615 123456789abcdef FEDCBA987654321
// expect-output: -56 255 4464 4464 -5 5
// expect-output: 8 1 -3 -4
// expect-output: -77 77 ff
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
#include <stdint.h>
#include <inttypes.h>
int main(void) {
  char b[200];
  sprintf(b, "%lld %llu %llx %llX", -1LL, 18446744073709551615ULL, 0x123456789abcdefULL, 0xfedcba987654321ULL); puts(b);
  sprintf(b, "%hhd %hhu %hd %hu %ld %lu", 200, 511, 70000, 70000, -5L, 5UL); puts(b);
  sprintf(b, "%zu %zd %td %jd", sizeof(long long), (size_t)-1 > 0 ? 1 : 0, (ptrdiff_t)-3, (intmax_t)-4); puts(b);
  sprintf(b, "%" PRId64 " %" PRIu32 " %" PRIx64, (int64_t)-77, (uint32_t)77, (uint64_t)255); puts(b);
  return 0;
}
