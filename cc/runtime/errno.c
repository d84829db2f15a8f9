/* errno.c: errno itself and strerror (glibc's wording, so output matches). */
#include <errno.h>
#include <string.h>

int errno;

static char unknown[32];

char *strerror(int code)
{
    char digits[12];
    int n = 0, i = 0;
    unsigned v;
    switch (code) {
    case 0: return "Success";
    case EPERM: return "Operation not permitted";
    case ENOENT: return "No such file or directory";
    case ESRCH: return "No such process";
    case EINTR: return "Interrupted system call";
    case EIO: return "Input/output error";
    case E2BIG: return "Argument list too long";
    case ENOEXEC: return "Exec format error";
    case EBADF: return "Bad file descriptor";
    case ECHILD: return "No child processes";
    case EAGAIN: return "Resource temporarily unavailable";
    case ENOMEM: return "Cannot allocate memory";
    case EACCES: return "Permission denied";
    case EFAULT: return "Bad address";
    case EEXIST: return "File exists";
    case EINVAL: return "Invalid argument";
    case EMFILE: return "Too many open files";
    case ENOTTY: return "Inappropriate ioctl for device";
    case ENOSPC: return "No space left on device";
    case ESPIPE: return "Illegal seek";
    case EPIPE: return "Broken pipe";
    case EDOM: return "Numerical argument out of domain";
    case ERANGE: return "Numerical result out of range";
    }
    strcpy(unknown, "Unknown error ");
    n = (int)strlen(unknown);
    if (code < 0) unknown[n++] = '-';
    v = code < 0 ? 0u - (unsigned)code : (unsigned)code;
    do { digits[i++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (i) unknown[n++] = digits[--i];
    unknown[n] = 0;
    return unknown;
}
