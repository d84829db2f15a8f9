// expect: exit 0
// expect-output: hello world
#include <stdio.h>
int main(void) { printf("hello" " " "world\n"); return 0; }
