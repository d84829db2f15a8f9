// expect: exit 134
// expect-output: assertion failed: 1 + 1 == 3 (assert-fail.c:7)
#include <assert.h>
#include <stdio.h>
int main(void) {
  printf("");
  assert(1 + 1 == 3);
  return 0;
}
