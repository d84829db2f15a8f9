// expect: exit 0
// expect-output: 20
#include <stdio.h>
#define DOUBLE(x) (2 * (x))
#define QUAD(x) DOUBLE(DOUBLE(x))
int main(void) { printf("%d\n", QUAD(5)); return 0; }
