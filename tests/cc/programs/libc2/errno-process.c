// expect: exit 0
// expect-output: waitpid -1 No child processes
// expect-output: kill -1 No such process
// expect-output: execv -1 No such file or directory
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
int main(void) {
  int st;
  errno = 0;
  int r = waitpid(-1, &st, 0);
  printf("waitpid %d %s\n", r, strerror(errno));
  errno = 0;
  r = kill(30000, 0);
  printf("kill %d %s\n", r, strerror(errno));
  char *argv[] = { "nosuchprog", 0 };
  errno = 0;
  r = execv("nosuchprog", argv);
  printf("execv %d %s\n", r, strerror(errno));
  return 0;
}
