// expect: exit 0
// expect-output: 1 2 3 4
#include <stdio.h>
int a = 1, *pa = &a, arr[2] = {2, 3}, b = 4;
int main(void) { printf("%d %d %d %d\n", *pa, arr[0], arr[1], b); return 0; }
