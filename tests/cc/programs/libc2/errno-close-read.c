// expect: exit 0
// expect-output: -1 9
// expect-output: -1 1
// expect-output: -1 1
// expect-output: -1 1
// expect-output: Bad file descriptor
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
int main(void) {
  char c;
  int r;
  errno = 0;
  r = close(77);
  printf("%d %d\n", r, errno);
  errno = 0;
  r = read(77, &c, 1);
  printf("%d %d\n", r, errno == EBADF);
  errno = 0;
  r = write(77, "x", 1);
  printf("%d %d\n", r, errno == EBADF);
  errno = 0;
  r = dup(77);
  printf("%d %d\n", r, errno == EBADF);
  printf("%s\n", strerror(EBADF));
  return 0;
}
