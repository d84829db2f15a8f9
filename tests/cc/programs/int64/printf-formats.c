// expect: exit 0
// expect-output: [-1234567890123] [1234567890123] [18364758544493064720]
// expect-output: [fedcba9876543210] [FEDCBA9876543210]
// expect-output: [      -1234567890123] [-1234567890123      ] [-0000001234567890123]
// expect-output: [   42] [42   ] [000ff]
// expect-output: [0] [0] [0]
// expect-output: [-1] [18446744073709551615] [ffffffffffffffff]
// expect-output: 1 2 3 4 end
// The kernel's printf: %lld %lli %llu %llx %llX with widths, '-' and '0'.
#include <stdio.h>
#include <inttypes.h>
int main(void) {
  long long n = -1234567890123LL;
  unsigned long long u = 0xfedcba9876543210ULL;
  printf("[%lld] [%lli] [%llu]\n", n, -n, u);
  printf("[%llx] [%llX]\n", u, u);
  printf("[%20lld] [%-20lld] [%020lld]\n", n, n, n);
  printf("[%5llu] [%-5llu] [%05llx]\n", 42ULL, 42ULL, 255ULL);
  printf("[%lld] [%llu] [%llx]\n", 0LL, 0ULL, 0ULL);
  printf("[%" PRId64 "] [%" PRIu64 "] [%" PRIx64 "]\n", (int64_t)-1, (uint64_t)-1, (uint64_t)-1);
  printf("%d %lld %d %llu %s\n", 1, 2LL, 3, 4ULL, "end");
  return 0;
}
