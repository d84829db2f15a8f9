// expect: exit 0
// expect-output: 1 1
// expect-output: 1 1
// expect-output: k
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
/* An impossible allocation fails with ENOMEM (and does not shrink the heap). */
int main(void) {
  errno = 0;
  void *p = malloc(0xfff00000u);
  printf("%d %d\n", p == NULL, errno == ENOMEM);
  errno = 0;
  p = calloc(0x10000, 0x10000);
  printf("%d %d\n", p == NULL, errno == ENOMEM);
  char *q = malloc(16);
  q[0] = 'k';
  q[1] = 0;
  printf("%s\n", q);
  return 0;
}
