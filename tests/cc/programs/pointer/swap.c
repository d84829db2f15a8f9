// expect: exit 0
// expect-output: 2 1
#include <stdio.h>
void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
int main(void) { int x = 1, y = 2; swap(&x, &y); printf("%d %d\n", x, y); return 0; }
