// expect: exit 0
// expect-output: 1 -2 300 7
#include <stdio.h>
char cs[3] = {1, -2, 3};
short ss[2] = {300, 7};
int main(void) { printf("%d %d %d %d\n", cs[0], cs[1], ss[0], ss[1]); return 0; }
