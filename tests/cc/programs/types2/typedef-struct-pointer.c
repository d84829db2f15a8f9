// expect: exit 0
// expect-output: 5
#include <stdio.h>
typedef struct node node_t;
struct node { int v; node_t *next; };
int main(void) { node_t b = {5, 0}; node_t a = {1, &b}; printf("%d\n", a.next->v); return 0; }
