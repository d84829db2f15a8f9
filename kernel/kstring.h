/* kstring.h: the few string and memory helpers the kernel needs. */
#ifndef KERNEL_KSTRING_H
#define KERNEL_KSTRING_H

#include "types.h"

void kmemset(void *dst, int value, u32 n);
void kmemcpy(void *dst, const void *src, u32 n);
u32 kstrlen(const char *s);
int kstrcmp(const char *a, const char *b);
int kstrncmp(const char *a, const char *b, u32 n);
void kstrlcpy(char *dst, const char *src, u32 size);   /* always NUL-terminates when size > 0 */

#endif
