// expect: exit 0
// expect-output: 1 -2 300 7
#include <stdio.h>
char chars[3] = {1, -2, 3};
short shorts[2] = {300, 7};
int main(void) { printf("%d %d %d %d\n", chars[0], chars[1], shorts[0], shorts[1]); return 0; }
