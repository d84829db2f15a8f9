/* unistd.h: POSIX system calls (file descriptors, processes). */
#ifndef _UNISTD_H
#define _UNISTD_H
#include <stddef.h>
#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
typedef int pid_t;
#ifndef _SSIZE_T_DEFINED
#define _SSIZE_T_DEFINED
typedef int ssize_t;
#endif
int read(int fd, char *buf, int len);
int write(int fd, const char *buf, int len);
int close(int fd);
int dup(int fd);
int dup2(int fd, int to);
int pipe(int fds[2]);
int fork(void);
int execv(const char *name, char *const argv[]);  /* -1: no such program; EXEC_REFUSED: a bad image */
#define EXEC_REFUSED (-2)
int getpid(void);
int getppid(void);
int setpgid(int pid, int pgid);
int getpgrp(void);
int tcsetpgrp(int fd, int pgrp);
void *sbrk(int increment);
unsigned sleep(unsigned seconds);       /* in the runtime, on sleep_ticks */
void _exit(int status);
#endif
