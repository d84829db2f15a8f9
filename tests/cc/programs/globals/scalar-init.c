// expect: exit 0
// expect-output: 42 -7 65 1000
#include <stdio.h>
int a = 42;
int b = -7;
char c = 'A';
short d = 1000;
int main(void) { printf("%d %d %d %d\n", a, b, c, d); return 0; }
