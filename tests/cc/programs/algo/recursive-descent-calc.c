// expect: exit 0
// expect-output: 23
#include <stdio.h>
const char *p;
int expr(void);
int atom(void) {
  if (*p == '(') { p++; int v = expr(); p++; return v; }
  int v = 0;
  while (*p >= '0' && *p <= '9') v = v * 10 + *p++ - '0';
  return v;
}
int term(void) { int v = atom(); while (*p == '*') { p++; v *= atom(); } return v; }
int expr(void) { int v = term(); while (*p == '+' || *p == '-') { char op = *p++; int r = term(); v = op == '+' ? v + r : v - r; } return v; }
int main(void) { p = "3+4*5"; printf("%d\n", expr()); return 0; }
