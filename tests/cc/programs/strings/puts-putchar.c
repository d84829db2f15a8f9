// expect: exit 0
// expect-output: line one
// expect-output: xy
#include <stdio.h>
int main(void) { puts("line one"); putchar('x'); putchar('y'); putchar('\n'); return 0; }
