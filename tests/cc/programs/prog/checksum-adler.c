// expect: exit 0
// expect-output: 11e60398
#include <stdio.h>
unsigned adler32(const char *s) {
  unsigned a = 1, b = 0;
  for (; *s; s++) { a = (a + (unsigned char)*s) % 65521; b = (b + a) % 65521; }
  return (b << 16) | a;
}
int main(void) { printf("%x\n", adler32("Wikipedia")); return 0; }
