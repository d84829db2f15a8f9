// expect: exit 0
// expect-output: 1 0
#include <stdio.h>
int is_even(int n);
int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }
int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
int main(void) { printf("%d %d\n", is_even(10), is_even(7)); return 0; }
