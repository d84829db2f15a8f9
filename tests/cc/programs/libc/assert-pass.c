// expect: exit 0
// expect-output: fine
#include <stdio.h>
#include <assert.h>
int main(void) { int x = 2; assert(x == 2); assert(x); printf("fine\n"); return 0; }
