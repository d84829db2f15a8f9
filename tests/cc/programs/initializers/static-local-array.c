// expect: exit 0
// expect-output: 3 2 1
#include <stdio.h>
int pick(int i) { static const int table[3] = {3, 2, 1}; return table[i]; }
int main(void) { printf("%d %d %d\n", pick(0), pick(1), pick(2)); return 0; }
