// expect: exit 0
// expect-output: 0 Success
// expect-output: 1 Operation not permitted
// expect-output: 2 No such file or directory
// expect-output: 3 No such process
// expect-output: 9 Bad file descriptor
// expect-output: 10 No child processes
// expect-output: 11 Resource temporarily unavailable
// expect-output: 12 Cannot allocate memory
// expect-output: 22 Invalid argument
// expect-output: 24 Too many open files
// expect-output: 34 Numerical result out of range
// expect-output: 32 Broken pipe
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
int main(void) {
  int codes[] = { 0, EPERM, ENOENT, ESRCH, EBADF, ECHILD, EAGAIN, ENOMEM, EINVAL, EMFILE, ERANGE, EPIPE };
  for (int i = 0; i < 12; i++) printf("%d %s\n", codes[i], strerror(codes[i]));
  return 0;
}
