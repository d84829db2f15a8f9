// expect: exit 0
// expect-output: 1 123
// expect-output: 123
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
/* A successful call leaves errno as it was. */
int main(void) {
  errno = 123;
  int fd = dup(1);
  printf("%d %d\n", fd > 2, errno);
  close(fd);
  printf("%d\n", errno);
  return 0;
}
