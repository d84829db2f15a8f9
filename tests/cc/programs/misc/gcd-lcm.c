// expect: exit 0
// expect-output: 6 36
#include <stdio.h>
int gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a; }
int main(void) { printf("%d %d\n", gcd(12, 18), 12 / gcd(12, 18) * 18); return 0; }
