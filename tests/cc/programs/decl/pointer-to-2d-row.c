// expect: exit 0
// expect-output: 5 6
#include <stdio.h>
int m[3][2] = {{1, 2}, {3, 4}, {5, 6}};
int main(void) { int (*last)[2] = &m[2]; printf("%d %d\n", (*last)[0], last[0][1]); return 0; }
