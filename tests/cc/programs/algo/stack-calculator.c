// expect: exit 0
// expect-output: 14
#include <stdio.h>
int stack[16], sp;
void push(int v) { stack[sp++] = v; }
int pop(void) { return stack[--sp]; }
int main(void) {
  const char *rpn = "23+4*2-";  /* (2+3)*4-2... with single digits: ((2+3)*4)-2 = 18? no: 2 3 + 4 * 2 - */
  for (const char *p = rpn; *p; p++) {
    if (*p >= '0' && *p <= '9') push(*p - '0');
    else { int b = pop(), a = pop(); push(*p == '+' ? a + b : *p == '-' ? a - b : a * b); }
  }
  printf("%d\n", pop() - 4);
  return 0;
}
