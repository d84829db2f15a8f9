// expect: exit 0
// expect-output: 20 16
#include <stdio.h>
struct s { int n; char name[16]; };
int main(void) { struct s v; printf("%d %d\n", (int)sizeof(struct s), (int)sizeof v.name); return 0; }
