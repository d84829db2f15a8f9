// expect: exit 0
// expect-output: 255 ff 11111111 377
#include <stdio.h>
void put(unsigned v, unsigned base) {
  char buf[33]; int n = 0;
  do { buf[n++] = "0123456789abcdef"[v % base]; v /= base; } while (v);
  while (n) putchar(buf[--n]);
}
int main(void) { put(255, 10); putchar(' '); put(255, 16); putchar(' '); put(255, 2); putchar(' '); put(255, 8); putchar('\n'); return 0; }
