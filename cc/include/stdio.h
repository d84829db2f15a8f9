/* stdio.h: console I/O. These are system calls: printf is formatted by the
 * kernel, which checks every pointer argument. */
#ifndef _STDIO_H
#define _STDIO_H
#include <stddef.h>
#define EOF (-1)
int printf(const char *fmt, ...);
int putchar(int c);
int puts(const char *s);
int getchar(void);
#endif
