/* kstring.c: memory and string helpers (the kernel links no libc). */
#include "kstring.h"

/* kmemset and kmemcpy are `rep stosd` / `rep movsd` in cpu.s: fork copies
 * and page_alloc clears whole pages, a byte loop made fork+exit cost about
 * two million instructions. */

u32 kstrlen(const char *s)
{
    u32 n = 0;
    while (s[n])
        n++;
    return n;
}

int kstrcmp(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return (int)(u8)*a - (int)(u8)*b;
}

int kstrncmp(const char *a, const char *b, u32 n)
{
    u32 i;
    for (i = 0; i < n; i++) {
        if (a[i] != b[i])
            return (int)(u8)a[i] - (int)(u8)b[i];
        if (a[i] == 0)
            return 0;
    }
    return 0;
}

void kstrlcpy(char *dst, const char *src, u32 size)
{
    u32 i = 0;
    if (size == 0)
        return;
    while (i + 1 < size && src[i]) {
        dst[i] = src[i];
        i++;
    }
    dst[i] = 0;
}
