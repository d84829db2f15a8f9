// expect: exit 0
// expect-output: 7
#include <stdio.h>
int seven() { return 7; }
int main() { printf("%d\n", seven()); return 0; }
