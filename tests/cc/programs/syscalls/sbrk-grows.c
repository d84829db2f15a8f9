// expect: exit 0
// expect-output: 4096 ok
#include <stdio.h>
#include <unistd.h>
int main(void) {
  char *a = sbrk(0);
  char *b = sbrk(4096);
  char *c = sbrk(0);
  b[0] = 1; b[4095] = 2;
  printf("%d %s\n", (int)(c - a), a == b ? "ok" : "bad");
  return 0;
}
