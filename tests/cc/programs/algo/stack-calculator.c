// expect: exit 0
// expect-output: 18
#include <stdio.h>
int stack[16], depth;
void push(int v) { stack[depth++] = v; }
int pop(void) { return stack[--depth]; }
int main(void) {
  const char *rpn = "23+4*2-";  /* ((2 + 3) * 4) - 2 */
  for (const char *p = rpn; *p; p++) {
    if (*p >= '0' && *p <= '9') push(*p - '0');
    else { int b = pop(), a = pop(); push(*p == '+' ? a + b : *p == '-' ? a - b : a * b); }
  }
  printf("%d\n", pop());
  return 0;
}
