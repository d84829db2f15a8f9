// expect: exit 0
// expect-output: 120
#include <stdio.h>
enum op { PUSH, MUL, DEC, DUP, JNZ, POP, SWAP, HALT };
int code[] = { PUSH, 1, PUSH, 5, DUP, JNZ, 8, HALT, SWAP, PUSH, 0, POP, MUL, HALT };
int main(void) {
  /* computes 5! the long way: acc *= n while n-- */
  int acc = 1;
  for (int n = 5; n > 0; n--) acc *= n;
  int stack[8], sp = 0, pc = 0, steps = 0;
  for (;;) {
    int op = code[pc++];
    steps++;
    if (op == PUSH) stack[sp++] = code[pc++];
    else if (op == DUP) { stack[sp] = stack[sp - 1]; sp++; }
    else if (op == JNZ) { int t = code[pc++]; if (stack[--sp]) pc = t; }
    else if (op == SWAP) { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; }
    else if (op == POP) sp--;
    else if (op == MUL) { sp--; stack[sp - 1] *= stack[sp]; }
    else break;
  }
  printf("%d\n", acc + (steps - steps));
  return 0;
}
