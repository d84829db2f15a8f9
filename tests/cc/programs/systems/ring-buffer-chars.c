// expect: exit 0
// expect-output: cdefgh
#include <stdio.h>
#define CAP 6
char buf[CAP];
unsigned r, w;
void put(char c) { buf[w++ % CAP] = c; if (w - r > CAP) r++; }
int main(void) {
  for (char c = 'a'; c <= 'h'; c++) put(c);
  while (r != w) putchar(buf[r++ % CAP]);
  putchar('\n');
  return 0;
}
