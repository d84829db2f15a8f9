/* A native stand-in for ringside's syscalls, so cc's output can be linked
 * with `gcc -m32 -nostdlib` and run on Linux while the emulator is being
 * built. Same names and cdecl signatures as the generated syscall wrappers. */
typedef __builtin_va_list va_list;
#define va_start(a, l) __builtin_va_start(a, l)
#define va_arg(a, t) __builtin_va_arg(a, t)
#define va_end(a) __builtin_va_end(a)

static int sys3(int nr, int a, int b, int c) {
  int r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
  return r;
}

/* The runtime's stdio and errno (cc/runtime/stdio.c, errno.c), when linked:
 * stdout's buffer is flushed before printf/puts/putchar print, as the
 * generated wrappers do, and a failing call sets errno as they do (EBADF). */
extern int errno __attribute__((weak));
void __stdio_flush_stdout(void) __attribute__((weak));
int __stdio_take_stdin(void) __attribute__((weak));
static void sync_out(void) { if (__stdio_flush_stdout) __stdio_flush_stdout(); }
static int fail_ebadf(int r) { if (r < 0) { if (&errno) errno = 9; return -1; } return r; }

void exit(int status) { for (;;) sys3(1, status, 0, 0); }
void __sys_exit(int status) { exit(status); }
int read(int fd, char *buf, int len) { return fail_ebadf(sys3(3, fd, (int)buf, len)); }
int write(int fd, const char *buf, int len) { return fail_ebadf(sys3(4, fd, (int)buf, len)); }
int close(int fd) { return fail_ebadf(sys3(6, fd, 0, 0)); }
int putchar(int c) { char ch = (char)c; sync_out(); write(1, &ch, 1); return c & 0xff; }
int getchar(void) {
  char ch;
  int c = __stdio_take_stdin ? __stdio_take_stdin() : -2;
  if (c != -2) return c;
  return read(0, &ch, 1) == 1 ? (unsigned char)ch : -1;
}
int puts(const char *s) { int n = 0; sync_out(); while (s[n]) n++; write(1, s, n); write(1, "\n", 1); return n + 1; }
int getpid(void) { return 1; }
static int tick_count;
int ticks(void) { return tick_count++; }
int sleep(int t) { tick_count += t; return 0; }

static char heap[1 << 20];
static int brk_used;
void *sbrk(int inc) {
  if (brk_used + inc < 0 || brk_used + inc > (int)sizeof heap) return (void *)-1;
  void *old = heap + brk_used;
  brk_used += inc;
  return old;
}
int peek(int addr) { return *(unsigned char *)addr; }
int poke(int addr, int value) { *(unsigned char *)addr = (unsigned char)value; return 0; }

static char out[4096];
static int outn;
static void put(char c) { if (outn == sizeof out) { write(1, out, outn); outn = 0; } out[outn++] = c; }

static void field(const char *s, int len, int width, int left, char pad) {
  if (!left) for (; width > len; width--) put(pad);
  for (int i = 0; i < len; i++) put(s[i]);
  if (left) for (; width > len; width--) put(' ');
}

/* *u /= base, returning the remainder: 16 bits at a time, so only 32-bit
 * divisions (a -nostdlib link has no libgcc for 64-bit ones). */
static unsigned divmod_small(unsigned long long *u, unsigned base) {
  unsigned hi = (unsigned)(*u >> 32), lo = (unsigned)*u, rem = 0;
  unsigned parts[4] = { hi >> 16, hi & 0xffff, lo >> 16, lo & 0xffff };
  for (int i = 0; i < 4; i++) { unsigned cur = (rem << 16) | parts[i]; parts[i] = cur / base; rem = cur % base; }
  *u = ((unsigned long long)((parts[0] << 16) | parts[1]) << 32) | ((parts[2] << 16) | parts[3]);
  return rem;
}

int printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sync_out();
  outn = 0;
  int total = 0;
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') { put(*p); total++; continue; }
    p++;
    int left = 0; char pad = ' '; int width = 0;
    for (;; p++) { if (*p == '-') left = 1; else if (*p == '0') pad = '0'; else break; }
    while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
    int longs = 0;
    while (*p == 'l' || *p == 'h') { if (*p == 'l') longs++; p++; }
    char buf[40]; int n = 0;
    unsigned long long u; int neg = 0; unsigned base = 10; const char *digits = "0123456789abcdef";
    /* %lld and friends read a 64-bit argument (two stack slots), like the kernel's printf. */
#define UARG() (longs >= 2 ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned))
    switch (*p) {
      case 'd': case 'i': { long long v = longs >= 2 ? va_arg(ap, long long) : va_arg(ap, int); if (v < 0) { neg = 1; u = -(unsigned long long)v; } else u = v; goto num; }
      case 'u': u = UARG(); goto num;
      case 'x': u = UARG(); base = 16; goto num;
      case 'X': u = UARG(); base = 16; digits = "0123456789ABCDEF"; goto num;
      case 'p': u = va_arg(ap, unsigned); base = 16; buf[n++] = '0'; buf[n++] = 'x'; goto num;
      case 'c': buf[0] = (char)va_arg(ap, int); field(buf, 1, width, left, ' '); total += width > 1 ? width : 1; continue;
      case 's': { const char *s = va_arg(ap, const char *); if (!s) s = "(null)"; int len = 0; while (s[len]) len++; field(s, len, width, left, ' '); total += width > len ? width : len; continue; }
      case '%': put('%'); total++; continue;
      default: put('%'); put(*p); total += 2; continue;
    }
  num: {
      char tmp[24]; int t = 0;
      do tmp[t++] = digits[divmod_small(&u, base)]; while (u);
      if (neg) buf[n++] = '-';
      if (pad == '0' && neg) { put('-'); n = 0; width--; total++; }
      while (t) buf[n++] = tmp[--t];
      field(buf, n, width, left, pad);
      total += width > n ? width : n;
    }
  }
  write(1, out, outn);
  outn = 0;
  va_end(ap);
  return total;
}
