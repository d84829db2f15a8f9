/* stdio.h: console I/O. printf, puts, putchar and getchar are system calls
 * (printf is formatted by the kernel, which checks every pointer argument);
 * the FILE functions are the runtime's (cc/runtime/stdio.c, format.c,
 * scanf.c) over read/write on file descriptors. stdout is line-buffered,
 * stderr unbuffered; stdout is flushed before printf/puts/putchar, before
 * reading stdin, and at exit. The floating conversions (%f %e %g, scanf's
 * %f %e %g %lf) are the runtime's: cc sends a printf call with a floating
 * argument to __printf_float. */
#ifndef _STDIO_H
#define _STDIO_H
#include <stddef.h>
#include <stdarg.h>
#define EOF (-1)
#define BUFSIZ 1024
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#ifndef _SSIZE_T_DEFINED
#define _SSIZE_T_DEFINED
typedef int ssize_t;
#endif
typedef struct _FILE FILE;
extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;

int printf(const char *fmt, ...);
/* cc calls this for a printf with a float or double argument (the kernel's
 * formatter has none); it formats with the runtime's vprintf. */
int __printf_float(const char *fmt, ...);
int putchar(int c);
int puts(const char *s);
int getchar(void);

int fprintf(FILE *f, const char *fmt, ...);
int sprintf(char *buf, const char *fmt, ...);
int snprintf(char *buf, size_t size, const char *fmt, ...);
int vprintf(const char *fmt, va_list ap);
int vfprintf(FILE *f, const char *fmt, va_list ap);
int vsprintf(char *buf, const char *fmt, va_list ap);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int dprintf(int fd, const char *fmt, ...);

int scanf(const char *fmt, ...);
int fscanf(FILE *f, const char *fmt, ...);
int sscanf(const char *s, const char *fmt, ...);
int vscanf(const char *fmt, va_list ap);
int vfscanf(FILE *f, const char *fmt, va_list ap);
int vsscanf(const char *s, const char *fmt, va_list ap);

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int fputs(const char *s, FILE *f);
int fgetc(FILE *f);
int getc(FILE *f);
int ungetc(int c, FILE *f);
char *fgets(char *buf, int size, FILE *f);
ssize_t getline(char **line, size_t *cap, FILE *f);
ssize_t getdelim(char **line, size_t *cap, int delim, FILE *f);
size_t fwrite(const void *p, size_t size, size_t count, FILE *f);
size_t fread(void *p, size_t size, size_t count, FILE *f);
int fflush(FILE *f);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int fileno(FILE *f);
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *f);
int setvbuf(FILE *f, char *buf, int mode, size_t size);
void perror(const char *s);
#endif
