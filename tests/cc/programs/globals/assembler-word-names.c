// expect: exit 0
// expect-output: 5 1 6 2 7 abs=3 1 2
#include <stdio.h>
/* C names that are also assembler words (mnemonics, registers, size keywords). */
int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
int mul(int a, int b) { return a * b; }
int (*ops[3])(int, int) = { add, sub, mul };
int str = 2;
int *sp = &str;
char word = 7;
short cs = 1, ss = 2;
int abs(int x) { return x < 0 ? -x : x; }
int main(void) {
  printf("%d %d %d %d %d abs=%d %d %d\n", ops[0](2, 3), ops[1](3, 2), ops[2](2, 3), *sp, word, abs(-3), cs, ss);
  return 0;
}
