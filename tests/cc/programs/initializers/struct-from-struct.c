// expect: exit 0
// expect-output: 4 5
#include <stdio.h>
struct p { int x, y; };
int main(void) { struct p a = {4, 5}; struct p b = a; printf("%d %d\n", b.x, b.y); return 0; }
