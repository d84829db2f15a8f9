// expect: exit 0
// expect-output: 8 4
#include <stdio.h>
union big { char c[5]; int i; };
union small { short s; int i; };
int main(void) { printf("%d %d\n", (int)sizeof(union big), (int)sizeof(union small)); return 0; }
