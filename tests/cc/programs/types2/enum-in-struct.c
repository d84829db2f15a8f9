// expect: exit 0
// expect-output: 2
#include <stdio.h>
enum kind { A, B, C };
struct tok { enum kind k; int v; };
int main(void) { struct tok t = {C, 0}; printf("%d\n", t.k); return 0; }
