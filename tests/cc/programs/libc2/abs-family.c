// expect: exit 0
// expect-output: 5 5 70000 5000000000 3
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  printf("%d %d %ld %lld %lld\n", abs(-5), abs(5), labs(-70000L), llabs(-5000000000LL), llabs(3LL));
  return 0;
}
