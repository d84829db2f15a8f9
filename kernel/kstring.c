/* kstring.c: memory and string helpers (the kernel links no libc). */
#include "kstring.h"

void kmemset(void *dst, int value, u32 n)
{
    u8 *d = (u8 *)dst;
    u32 i;
    for (i = 0; i < n; i++)
        d[i] = (u8)value;
}

void kmemcpy(void *dst, const void *src, u32 n)
{
    u8 *d = (u8 *)dst;
    const u8 *s = (const u8 *)src;
    u32 i;
    for (i = 0; i < n; i++)
        d[i] = s[i];
}

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

static int digit_value(int c, u32 base)
{
    int v;
    if (c >= '0' && c <= '9')
        v = c - '0';
    else if (c >= 'a' && c <= 'f')
        v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
        v = c - 'A' + 10;
    else
        return -1;
    if ((u32)v >= base)
        return -1;
    return v;
}

int kparse_uint(const char *s, u32 *value)
{
    u32 base = 10;
    u32 v = 0;
    int d;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    if (*s == 0)
        return 0;
    while (*s) {
        d = digit_value(*s, base);
        if (d < 0)
            return 0;
        v = v * base + (u32)d;
        s++;
    }
    *value = v;
    return 1;
}
