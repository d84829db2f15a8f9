/* stdio.h (native build shim): the same prototypes cc/include declares. */
#ifndef NATIVE_STDIO_H
#define NATIVE_STDIO_H
int printf(const char *fmt, ...);
int putchar(int c);
int puts(const char *s);
int getchar(void);
#endif
