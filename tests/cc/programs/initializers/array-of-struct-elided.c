// expect: exit 0
// expect-output: 1 2 3 4
#include <stdio.h>
struct p { int x, y; };
struct p ps[2] = { 1, 2, 3, 4 };
int main(void) { printf("%d %d %d %d\n", ps[0].x, ps[0].y, ps[1].x, ps[1].y); return 0; }
