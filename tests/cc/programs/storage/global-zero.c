// expect: exit 0
// expect-output: 0 0 0
#include <stdio.h>
int g;
int arr[10];
struct { int a, b; } s;
int main(void) { printf("%d %d %d\n", g, arr[9], s.b); return 0; }
