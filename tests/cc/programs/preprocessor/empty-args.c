// expect: exit 0
// expect-output: x
#include <stdio.h>
#define EMPTY
#define ID(x) x
int main(void) { EMPTY printf(ID("x\n")); return 0; }
