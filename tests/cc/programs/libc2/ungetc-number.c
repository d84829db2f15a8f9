// expect: exit 0
// expect-output: sum 50
// expect-output: next x
// stdin: 12,30 8
// stdin: x
/* Reading a number by hand with getc and ungetc. */
#include <stdio.h>
#include <ctype.h>
static int read_number(int *out) {
  int c, v = 0, any = 0;
  while ((c = getc(stdin)) != EOF && isspace(c)) {}
  while (c != EOF && isdigit(c)) { v = v * 10 + (c - '0'); any = 1; c = getc(stdin); }
  if (c != EOF) ungetc(c, stdin);
  *out = v;
  return any;
}
int main(void) {
  int n, sum = 0;
  while (read_number(&n)) { sum += n; int c = getc(stdin); if (c == ',') continue; if (c != EOF) ungetc(c, stdin); }
  printf("sum %d\n", sum);
  printf("next %c\n", getc(stdin));
  return 0;
}
