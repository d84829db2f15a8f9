/* stdlib.h: exit/atexit, the runtime's heap and conversions. exit runs the
 * atexit handlers, flushes stdio, then makes the exit system call. */
#ifndef _STDLIB_H
#define _STDLIB_H
#include <stddef.h>
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
void exit(int status);
int atexit(void (*fn)(void));
void abort(void);
char *getenv(const char *name);
long atol(const char *s);
unsigned long strtoul(const char *s, char **end, int base);
void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *p, size_t size);
void free(void *p);
int atoi(const char *s);
long strtol(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);
unsigned long long strtoull(const char *s, char **end, int base);
long long atoll(const char *s);
int abs(int x);
double strtod(const char *s, char **end);
float strtof(const char *s, char **end);
long double strtold(const char *s, char **end);
double atof(const char *s);
long labs(long x);
long long llabs(long long x);
#define RAND_MAX 32767
int rand(void);
void srand(unsigned seed);
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*cmp)(const void *, const void *));
void qsort(void *base, size_t count, size_t size, int (*cmp)(const void *, const void *));
#endif
