// expect: exit 0
// expect-output: abc
// expect-output: 3
#include <stdio.h>
#include <unistd.h>
int main(void) { int n = write(1, "abc\n", 4); printf("%d\n", n - 1); return 0; }
