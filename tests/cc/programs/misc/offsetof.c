// expect: exit 0
// expect-output: 0 4 8
#include <stdio.h>
#include <stddef.h>
struct s { char a; int b; short c; };
int offs[3] = { offsetof(struct s, a), offsetof(struct s, b), offsetof(struct s, c) };
int main(void) { printf("%d %d %d\n", offs[0], offs[1], offs[2]); return 0; }
