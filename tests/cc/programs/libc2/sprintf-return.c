// expect: exit 0
// expect-output: 0
// expect-output: 6
// expect-output: 11
// expect-output: 5
// expect-output: 2
// expect-output: 20
// expect-output: -9223372036854775808
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char b[64];
  printf("%d\n", sprintf(b, ""));
  printf("%d\n", sprintf(b, "%d", -12345));
  printf("%d\n", sprintf(b, "%10s|", "x"));
  printf("%d\n", sprintf(b, "%s%s%s", "ab", "", "cde"));
  printf("%d\n", sprintf(b, "%c%c", 'a', 0));
  printf("%d\n", sprintf(b, "%lld", -9223372036854775807LL - 1));
  puts(b);
  return 0;
}
