// expect: exit 0
// expect-output: 4 1 4 8
#include <stdio.h>
int main(void) { char c; int a[2]; printf("%d %d %d %d\n", (int)sizeof(c + 0), (int)sizeof(c), (int)sizeof(a[0]), (int)sizeof(a)); return 0; }
