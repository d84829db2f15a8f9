/* unistd.h: raw system calls. */
#ifndef _UNISTD_H
#define _UNISTD_H
int read(int fd, char *buf, int len);
int write(int fd, const char *buf, int len);
void *sbrk(int increment);
int getpid(void);
int sleep(int ticks);
#endif
