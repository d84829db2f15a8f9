/* stdlib.c: a small first-fit heap over sbrk, and number conversions. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

/* Every block starts with a header; free blocks form a list in address order. */
struct block {
  size_t size;          /* bytes of payload */
  struct block *next;   /* next free block (only while free) */
};

static struct block *free_list;

#define HEADER ((size_t)sizeof(struct block))

void *malloc(size_t size) {
  struct block **link;
  struct block *b;
  if (size == 0) size = 1;
  if (size > 0x7fff0000u) { errno = ENOMEM; return NULL; } /* more than sbrk could ever give */
  size = (size + 7) & ~7u;
  for (link = &free_list; *link; link = &(*link)->next) {
    b = *link;
    if (b->size >= size) {
      /* Split when the rest can hold a header and some payload. */
      if (b->size >= size + HEADER + 8) {
        struct block *rest = (struct block *)((char *)(b + 1) + size);
        rest->size = b->size - size - HEADER;
        rest->next = b->next;
        b->size = size;
        *link = rest;
      } else {
        *link = b->next;
      }
      return b + 1;
    }
  }
  b = sbrk((int)(size + HEADER));
  if (b == NULL || b == (struct block *)-1) return NULL;
  b->size = size;
  return b + 1;
}

void free(void *p) {
  struct block *b;
  struct block **link;
  if (p == NULL) return;
  b = (struct block *)p - 1;
  link = &free_list;
  while (*link && *link < b) link = &(*link)->next;
  b->next = *link;
  *link = b;
  /* Merge with the following block when they touch. */
  if (b->next && (char *)(b + 1) + b->size == (char *)b->next) {
    b->size += HEADER + b->next->size;
    b->next = b->next->next;
  }
}

void *calloc(size_t count, size_t size) {
  size_t total = count * size;
  void *p;
  if (size != 0 && total / size != count) { errno = ENOMEM; return NULL; }
  p = malloc(total);
  if (p) memset(p, 0, total);
  return p;
}

void *realloc(void *p, size_t size) {
  struct block *b;
  void *q;
  if (p == NULL) return malloc(size);
  b = (struct block *)p - 1;
  if (b->size >= size) return p;
  q = malloc(size);
  if (q == NULL) return NULL;
  memcpy(q, p, b->size);
  free(p);
  return q;
}

/* The digits of an unsigned 64-bit number after the sign and base prefix;
 * *overflow is set (and the value saturates) when it does not fit. */
static unsigned long long digits64(const char **sp, int base, int *overflow) {
  const char *s = *sp;
  unsigned long long v = 0;
  unsigned long long limit = 0xffffffffffffffffULL / (unsigned)base;
  int d;
  for (;; s++) {
    if (*s >= '0' && *s <= '9') d = *s - '0';
    else if (*s >= 'a' && *s <= 'z') d = *s - 'a' + 10;
    else if (*s >= 'A' && *s <= 'Z') d = *s - 'A' + 10;
    else break;
    if (d >= base) break;
    if (v > limit || v * base > 0xffffffffffffffffULL - d) *overflow = 1;
    v = v * base + d;
  }
  *sp = s;
  return *overflow ? 0xffffffffffffffffULL : v;
}

/* Sign, base prefix and digits as strtol reads them; returns the magnitude. */
static unsigned long long parse64(const char *s, char **end, int base, int *neg, int *overflow) {
  const char *start = s;
  const char *digits;
  unsigned long long v;
  *neg = 0;
  *overflow = 0;
  while (*s == ' ' || (*s >= '\t' && *s <= '\r')) s++;
  if (*s == '-' || *s == '+') *neg = *s++ == '-';
  if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) { s += 2; base = 16; }
  else if (base == 0 && s[0] == '0') base = 8;
  else if (base == 0) base = 10;
  digits = s;
  v = digits64(&s, base, overflow);
  if (end) *end = (char *)(s == digits ? start : s);
  return v;
}

/* Out of range: LLONG_MAX or LLONG_MIN and errno = ERANGE, as C says. */
long long strtoll(const char *s, char **end, int base) {
  int neg, overflow;
  unsigned long long v = parse64(s, end, base, &neg, &overflow);
  if (neg && (overflow || v > 0x8000000000000000ULL)) { errno = ERANGE; return -0x7fffffffffffffffLL - 1; }
  if (!neg && (overflow || v > 0x7fffffffffffffffULL)) { errno = ERANGE; return 0x7fffffffffffffffLL; }
  return neg ? (long long)(0 - v) : (long long)v;
}

/* Out of range: ULLONG_MAX and ERANGE. A minus sign negates the value in unsigned arithmetic, as C says. */
unsigned long long strtoull(const char *s, char **end, int base) {
  int neg, overflow;
  unsigned long long v = parse64(s, end, base, &neg, &overflow);
  if (overflow) { errno = ERANGE; return 0xffffffffffffffffULL; }
  return neg ? 0 - v : v;
}

/* Out of range: LONG_MAX or LONG_MIN and ERANGE. */
long strtol(const char *s, char **end, int base) {
  int neg, overflow;
  unsigned long long v = parse64(s, end, base, &neg, &overflow);
  if (neg && (overflow || v > 0x80000000ULL)) { errno = ERANGE; return -0x7fffffffL - 1; }
  if (!neg && (overflow || v > 0x7fffffffULL)) { errno = ERANGE; return 0x7fffffffL; }
  return neg ? (long)(0 - v) : (long)v;
}

/* Out of range (as a magnitude): ULONG_MAX and ERANGE; a minus sign negates. */
unsigned long strtoul(const char *s, char **end, int base) {
  int neg, overflow;
  unsigned long long v = parse64(s, end, base, &neg, &overflow);
  if (overflow || v > 0xffffffffULL) { errno = ERANGE; return 0xffffffffUL; }
  return neg ? 0 - (unsigned long)v : (unsigned long)v;
}

long atol(const char *s) {
  return strtol(s, NULL, 10);
}

long long atoll(const char *s) {
  return strtoll(s, NULL, 10);
}

int atoi(const char *s) {
  return (int)strtol(s, NULL, 10);
}

int abs(int x) {
  return x < 0 ? -x : x;
}

long labs(long x) {
  return x < 0 ? -x : x;
}

long long llabs(long long x) {
  return x < 0 ? -x : x;
}

/* The C standard's example generator: deterministic, like everything on ringside. */
static unsigned long rand_state = 1;

int rand(void) {
  rand_state = rand_state * 1103515245 + 12345;
  return (int)((rand_state / 65536) % 32768);
}

void srand(unsigned seed) {
  rand_state = seed;
}

/* Insertion sort: small, stable, and enough for teaching programs. */
void qsort(void *base, size_t count, size_t size, int (*cmp)(const void *, const void *)) {
  char *a = base;
  size_t i, j, k;
  for (i = 1; i < count; i++) {
    for (j = i; j > 0 && cmp(a + (j - 1) * size, a + j * size) > 0; j--) {
      char *x = a + (j - 1) * size;
      char *y = a + j * size;
      for (k = 0; k < size; k++) { char t = x[k]; x[k] = y[k]; y[k] = t; }
    }
  }
}

/* Binary search over a sorted array; NULL when the key is not there. */
void *bsearch(const void *key, const void *base, size_t count, size_t size, int (*cmp)(const void *, const void *)) {
  size_t lo = 0, hi = count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *p = (const char *)base + mid * size;
    int r = cmp(key, p);
    if (r == 0) return (void *)p;
    if (r < 0) hi = mid; else lo = mid + 1;
  }
  return NULL;
}

/* Programs run with an empty environment. */
char *getenv(const char *name) {
  (void)name;
  return NULL;
}
