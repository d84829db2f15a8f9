// expect: exit 0
// expect-output: 1 2 1 4
#include <stdio.h>
int gcd(int a, int b) { return b ? gcd(b, a % b) : a; }
int main(void) { printf("%d %d %d %d\n", gcd(7, 3), gcd(8, 6), gcd(9, 4), gcd(12, 8)); return 0; }
