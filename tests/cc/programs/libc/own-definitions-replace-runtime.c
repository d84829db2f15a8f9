// expect: exit 0
// expect-output: [7] <x>
#include <stdio.h>
#include <unistd.h>
/* A program may define functions the runtime also provides; its own win. */
int strlen(const char *s) { return 7; }
int putchar(int c) { char b[3]; b[0] = '<'; b[1] = (char)c; b[2] = '>'; write(1, b, 3); return c; }
int main(void) {
  printf("[%d] ", strlen("abc"));
  putchar('x');
  printf("\n");
  return 0;
}
