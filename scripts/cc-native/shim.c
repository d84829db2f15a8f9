/* A native stand-in for ringside's syscalls, so cc's output can be linked
 * with `gcc -m32 -nostdlib` and run on Linux while the emulator is being
 * built. Same names and cdecl signatures as the generated syscall wrappers
 * (every SYS_ name of cc/include/syscall.h): the process calls map to Linux's;
 * execv, with no boot modules to run, always fails; ringside's own kernel
 * views (procinfo, kdump) have nothing to show. */
typedef __builtin_va_list va_list;
#define va_start(a, l) __builtin_va_start(a, l)
#define va_arg(a, t) __builtin_va_arg(a, t)
#define va_end(a) __builtin_va_end(a)

static int sys3(int nr, int a, int b, int c) {
  int r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
  return r;
}

/* The runtime's stdio, when linked: stdout is flushed before the console
 * calls write, and getchar first takes what stdin's buffer holds. */
void __stdio_flush_stdout(void) __attribute__((weak));
int __stdio_take_stdin(void) __attribute__((weak));
static void sync_out(void) { if (__stdio_flush_stdout) __stdio_flush_stdout(); }

/* Linux returns -errno; ringside's ABI has no errno, just -1. */
static int ret(int r) { return r < 0 && r > -4096 ? -1 : r; }

/* Linux i386 syscall numbers. */
enum {
  NR_exit = 1, NR_fork = 2, NR_read = 3, NR_write = 4, NR_close = 6, NR_waitpid = 7, NR_getpid = 20,
  NR_kill = 37, NR_dup = 41, NR_pipe = 42, NR_signal = 48, NR_ioctl = 54, NR_setpgid = 57, NR_dup2 = 63,
  NR_getppid = 64, NR_getpgrp = 65, NR_nanosleep = 162, NR_clock_gettime = 265,
};

void exit(int status) { for (;;) sys3(NR_exit, status, 0, 0); }
int read(int fd, char *buf, int len) { return ret(sys3(NR_read, fd, (int)buf, len)); }
int write(int fd, const char *buf, int len) { return ret(sys3(NR_write, fd, (int)buf, len)); }
int putchar(int c) { char ch = (char)c; sync_out(); write(1, &ch, 1); return c & 0xff; }
int getchar(void) {
  char ch;
  int c = __stdio_take_stdin ? __stdio_take_stdin() : -1;
  if (c != -1) return c;
  return read(0, &ch, 1) == 1 ? (unsigned char)ch : -1;
}
int puts(const char *s) { int n = 0; sync_out(); while (s[n]) n++; write(1, s, n); write(1, "\n", 1); return n + 1; }
int getpid(void) { return sys3(NR_getpid, 0, 0, 0); }

/* ticks: 10 ms ticks of the monotonic clock since the first call (ringside
 * counts from boot, 100 a second); sleep_ticks really sleeps. */
struct timespec32 { int sec; int nsec; };
static int tick_base = -1;
int ticks(void) {
  struct timespec32 t;
  if (ret(sys3(NR_clock_gettime, 1 /* CLOCK_MONOTONIC */, (int)&t, 0)) < 0) return -1;
  int now = t.sec * 100 + t.nsec / 10000000;
  if (tick_base < 0) tick_base = now;
  return now - tick_base;
}
int sleep_ticks(int n) {
  if (n <= 0) return 0;
  struct timespec32 t = { n / 100, (n % 100) * 10000000 };
  return ret(sys3(NR_nanosleep, (int)&t, 0, 0)) < 0 ? -1 : 0;
}

/* The process calls: the same meanings as Linux's (POSIX wait statuses,
 * WNOHANG = 1, SIG_DFL = 0 and SIG_IGN = 1, pid < 0 names a group). */
int fork(void) { return ret(sys3(NR_fork, 0, 0, 0)); }
/* ringside's execv runs a boot module by name; there is no module store
 * natively (and a Linux path of the same name would be another program),
 * so it fails as for an unknown program. */
int execv(const char *name, char *const argv[]) { (void)name; (void)argv; return -1; }
int waitpid(int pid, int *status, int options) { return ret(sys3(NR_waitpid, pid, (int)status, options)); }
int getppid(void) { return sys3(NR_getppid, 0, 0, 0); }
int kill(int pid, int sig) { return ret(sys3(NR_kill, pid, sig, 0)) < 0 ? -1 : 0; }
int pipe(int fds[2]) { return ret(sys3(NR_pipe, (int)fds, 0, 0)) < 0 ? -1 : 0; }
int dup(int fd) { return ret(sys3(NR_dup, fd, 0, 0)); }
int dup2(int fd, int to) { return ret(sys3(NR_dup2, fd, to, 0)); }
int close(int fd) { return ret(sys3(NR_close, fd, 0, 0)) < 0 ? -1 : 0; }
int setpgid(int pid, int pgid) { return ret(sys3(NR_setpgid, pid, pgid, 0)) < 0 ? -1 : 0; }
int getpgrp(void) { return sys3(NR_getpgrp, 0, 0, 0); }
int tcsetpgrp(int fd, int pgrp) { return ret(sys3(NR_ioctl, fd, 0x5410 /* TIOCSPGRP */, (int)&pgrp)) < 0 ? -1 : 0; }
/* Only SIG_DFL and SIG_IGN, as in ringside: the old action is one of them. */
int signal(int sig, int action) {
  if (action != 0 && action != 1) return -1;
  return ret(sys3(NR_signal, sig, action, 0));
}

/* ringside's own views of its kernel have nothing to show natively. */
struct procinfo;
int procinfo(int slot, struct procinfo *out) { (void)slot; (void)out; return -1; }
int kdump(const char *what, const char *arg) { (void)what; (void)arg; return -1; }
int limit(int t) { (void)t; return 0; }                 /* no CPU-time limit */
int halt(int status) { exit(status); return -1; }       /* powering off ends the one process */
int bootcmd(char *buf, int len) { if (len > 0) buf[0] = 0; return 0; } /* no commands */

/* The runtime's exit (atexit handlers, stdio flush) ends in __sys_exit. */
void __sys_exit(int status) { exit(status); }

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

/* The runtime's formatter, when linked, knows every conversion the kernel's
 * printf does (flags, precision, %.*s); the code below is the fallback. */
int vsnprintf(char *buf, unsigned size, const char *fmt, va_list ap) __attribute__((weak));

int printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sync_out();
  if (vsnprintf) {
    static char text[8192];
    int n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    write(1, text, n < (int)sizeof text ? n : (int)sizeof text - 1);
    return n;
  }
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
