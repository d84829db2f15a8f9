// expect: exit 0
// expect-output: 9
#include <stdio.h>
struct box { int v; };
int get(struct box *b) { return b->v; }
int main(void) { struct box b = {9}; printf("%d\n", get(&b)); return 0; }
