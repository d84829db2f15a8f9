/* sys/wait.h: waiting for children, and the POSIX status encoding:
 * exited with code C -> C << 8; killed by signal S -> S. */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H
#define WNOHANG 1
#define WIFEXITED(s)   (((s) & 0x7f) == 0)
#define WEXITSTATUS(s) (((s) >> 8) & 0xff)
#define WIFSIGNALED(s) (((s) & 0x7f) != 0)
#define WTERMSIG(s)    ((s) & 0x7f)
int wait(int *status);                 /* in the runtime: waitpid(-1, status, 0) */
int waitpid(int pid, int *status, int options);
#endif
