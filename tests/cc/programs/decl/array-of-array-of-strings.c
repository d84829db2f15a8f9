// expect: exit 0
// expect-output: b2
#include <stdio.h>
char *grid[2][2] = {{"a1", "a2"}, {"b1", "b2"}};
int main(void) { printf("%s\n", grid[1][1]); return 0; }
