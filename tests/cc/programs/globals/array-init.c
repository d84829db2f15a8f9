// expect: exit 0
// expect-output: 1 4 9 16 0
#include <stdio.h>
int sq[5] = {1, 4, 9, 16};
int main(void) { printf("%d %d %d %d %d\n", sq[0], sq[1], sq[2], sq[3], sq[4]); return 0; }
