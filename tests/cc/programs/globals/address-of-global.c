// expect: exit 0
// expect-output: 5 3
#include <stdio.h>
int x = 5;
int *px = &x;
int arr[4] = {0, 1, 2, 3};
int *p3 = arr + 3;
int main(void) { printf("%d %d\n", *px, *p3); return 0; }
