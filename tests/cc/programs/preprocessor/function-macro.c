// expect: exit 0
// expect-output: 9 7 25
#include <stdio.h>
#define SQ(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
int main(void) { printf("%d %d %d\n", SQ(3), MAX(7, 2), SQ(2 + 3)); return 0; }
