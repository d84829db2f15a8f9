// expect: exit 0
// expect-output: 123 -45 7 0 255
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  printf("%d %d %d %d %d\n", atoi("123"), atoi("  -45x"), abs(-7), atoi(""), (int)strtol("ff", 0, 16));
  return 0;
}
