// expect: exit 0
// expect-output: 6
#include <stdio.h>
static int total;
static void add_to(int v) { total += v; }
int main(void) { add_to(1); add_to(2); add_to(3); printf("%d\n", total); return 0; }
