// expect: exit 0
// expect-output: 1234 -56
#include <stdio.h>
int parse(const char *s) {
  int sign = 1, v = 0;
  if (*s == '-') { sign = -1; s++; }
  while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
  return sign * v;
}
int main(void) { printf("%d %d\n", parse("1234"), parse("-56")); return 0; }
