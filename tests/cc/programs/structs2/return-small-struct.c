// expect: exit 0
// expect-output: 3 -1
#include <stdio.h>
struct pair { int q, r; };
struct pair divmod(int a, int b) { struct pair p = { a / b, a % b }; return p; }
int main(void) { struct pair p = divmod(11, 3); struct pair n = divmod(-7, 7); printf("%d %d\n", p.q, n.q); return 0; }
