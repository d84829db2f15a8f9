// expect: exit 0
// expect-output: [-00042] [   abc]
#include <stdio.h>
#include <string.h>
void fmt_int(char *out, int v, int width) {
  char tmp[16]; int n = 0; int neg = v < 0; unsigned u = neg ? -(unsigned)v : (unsigned)v;
  do { tmp[n++] = '0' + u % 10; u /= 10; } while (u);
  int k = 0;
  if (neg) out[k++] = '-';
  for (int pad = width - n - neg; pad > 0; pad--) out[k++] = '0';
  while (n) out[k++] = tmp[--n];
  out[k] = 0;
}
int main(void) { char b[16]; fmt_int(b, -42, 6); printf("[%s] [%6s]\n", b, "abc"); return 0; }
