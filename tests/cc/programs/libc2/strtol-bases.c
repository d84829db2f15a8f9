// expect: exit 0
// expect-output: -123
// expect-output: [xyz]
// expect-output: 31 15 5
// expect-output: 1295 2147483647
// expect-output: 0 [abc]
// expect-output: 4294967295 255
// expect-output: 42 -99 123456789012
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char *end;
  printf("%ld\n", strtol("  -123xyz", &end, 10)); printf("[%s]\n", end);
  printf("%ld %ld %ld\n", strtol("0x1F", NULL, 0), strtol("017", NULL, 0), strtol("101", NULL, 2));
  printf("%ld %ld\n", strtol("zz", NULL, 36), strtol("7fffffff", NULL, 16));
  long v = strtol("abc", &end, 10);
  printf("%ld [%s]\n", v, end);
  printf("%lu %lu\n", strtoul("4294967295", NULL, 10), strtoul("ff", NULL, 16));
  printf("%d %ld %lld\n", atoi("  42abc"), atol("-99"), atoll("123456789012"));
  return 0;
}
