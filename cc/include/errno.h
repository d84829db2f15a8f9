/* errno.h: the error codes (Linux's numbers). The syscall wrappers set errno
 * when a call fails: the kernel only returns -1, so each call sets the code
 * of its usual failure (docs/KERNEL.md, "errno"). strtol and friends set
 * ERANGE. */
#ifndef _ERRNO_H
#define _ERRNO_H
extern int errno;
#define EPERM    1
#define ENOENT   2
#define ESRCH    3
#define EINTR    4
#define EIO      5
#define E2BIG    7
#define ENOEXEC  8
#define EBADF    9
#define ECHILD  10
#define EAGAIN  11
#define ENOMEM  12
#define EACCES  13
#define EFAULT  14
#define EEXIST  17
#define EINVAL  22
#define EMFILE  24
#define ENOTTY  25
#define ENOSPC  28
#define ESPIPE  29
#define EPIPE   32
#define EDOM    33
#define ERANGE  34
#endif
