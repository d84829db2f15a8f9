// expect: exit 0
// expect-output: 200
#include <stdio.h>
int widen();
int main(void) { unsigned char c = 200; printf("%d\n", widen(c)); return 0; }
int widen(int x) { return x; }
