// expect: exit 0
// expect-output: unset
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  printf("%s\n", getenv("RINGSIDE_SURELY_UNSET") == NULL ? "unset" : "set");
  return 0;
}
