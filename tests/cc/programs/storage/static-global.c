// expect: exit 0
// expect-output: 2
#include <stdio.h>
static int hidden = 1;
static void inc(void) { hidden++; }
int main(void) { inc(); printf("%d\n", hidden); return 0; }
