// expect: exit 0
// expect-output: -128 128
#include <stdio.h>
char narrow(int x) { return x; }
unsigned char unarrow(int x) { return x; }
int main(void) { printf("%d %d\n", narrow(128), unarrow(128)); return 0; }
