// expect: exit 0
// expect-output: 77
#include <stdio.h>
extern int later;
int get(void) { return later; }
int later = 77;
int main(void) { printf("%d\n", get()); return 0; }
