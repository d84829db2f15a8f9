// expect: exit 0
// expect-output: 26 [list has 3 items at 0x1000]
// expect-output: > 2 + 3 = 5
// expect-output: ab    |    cd|
// expect-output: 15
// expect-output: 13 1099511627776
// expect-warning: 'unused' is used uninitialized [-Wuninitialized]
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
/* A logging helper built on vsnprintf and vprintf. */
static char log_buf[64];
static int logf_(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(log_buf, sizeof log_buf, fmt, ap);
  va_end(ap);
  return n;
}
static void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("> ", stdout);
  vprintf(fmt, ap);
  va_end(ap);
}
static int tofile(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vfprintf(f, fmt, ap);
  va_end(ap);
  return n;
}
int main(void) {
  int n = logf_("%s has %d items at %#x", "list", 3, 4096);
  printf("%d [%s]\n", n, log_buf);
  say("%d + %d = %d\n", 2, 3, 5);
  n = tofile(stdout, "%-6s|%6s|\n", "ab", "cd");
  printf("%d\n", n);
  char big[16];
  va_list unused;
  (void)unused;
  n = sprintf(big, "%lld", 1LL << 40);
  printf("%d %s\n", n, big);
  return 0;
}
