// expect: exit 0
// expect-output: 8
#include <stdio.h>
typedef unsigned int u32;
typedef u32 addr_t;
typedef addr_t pair_t[2];
int main(void) { pair_t p = {1, 2}; printf("%d\n", (int)sizeof p); return 0; }
