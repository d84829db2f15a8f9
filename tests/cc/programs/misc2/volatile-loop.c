// expect: exit 0
// expect-output: 100
#include <stdio.h>
int main(void) { volatile int n = 0; for (int i = 0; i < 100; i++) n++; printf("%d\n", n); return 0; }
