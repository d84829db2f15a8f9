// expect: exit 0
// expect-output: null ok
#include <stdio.h>
#include <stddef.h>
int main(void) {
  int *p = NULL;
  if (!p) printf("null ");
  if (p == 0) printf("ok\n");
  return 0;
}
