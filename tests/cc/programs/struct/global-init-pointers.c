// expect: exit 0
// expect-output: 2 hello 20
#include <stdio.h>
int table[3] = {10, 20, 30};
struct entry { int id; char *name; int *ptr; };
struct entry e = {2, "hello", &table[1]};
int main(void) { printf("%d %s %d\n", e.id, e.name, *e.ptr); return 0; }
