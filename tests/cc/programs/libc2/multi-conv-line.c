// expect: exit 0
// expect-output: 93
// expect-output: -1|2|3|ab|AB|10|z|str|%|    1|2    |00003|004|+5| 6|0xff|010|-1|9223372036854775808|fffffffff
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* One printf-family call with every integer conversion. */
int main(void) {
  char b[200];
  int n = snprintf(b, sizeof b, "%d|%i|%u|%x|%X|%o|%c|%s|%%|%5d|%-5d|%05d|%.3d|%+d|% d|%#x|%#o|%lld|%llu|%llx",
    -1, 2, 3u, 0xab, 0xab, 8, 'z', "str", 1, 2, 3, 4, 5, 6, 255, 8, -1LL, 1ULL << 63, 0xfffffffffULL);
  printf("%d\n%s\n", n, b);
  return 0;
}
