// expect: exit 0
// expect-output: main
#include <stdio.h>
int main(void) { printf("%s\n", __func__); return 0; }
