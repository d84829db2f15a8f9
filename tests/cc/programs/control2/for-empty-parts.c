// expect: exit 0
// expect-output: 10
#include <stdio.h>
int main(void) { int i = 0; for (;;) { if (++i == 10) break; } for (; i < 10;) {} printf("%d\n", i); return 0; }
