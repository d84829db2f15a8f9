// expect: exit 0
// expect-output: 9
#include <stdio.h>
int maxof(int a[], int n) { int m = a[0]; for (int i = 1; i < n; i++) if (a[i] > m) m = a[i]; return m; }
int main(void) { int v[6] = {3, 9, 2, 7, 1, 8}; printf("%d\n", maxof(v, 6)); return 0; }
