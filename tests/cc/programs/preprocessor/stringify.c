// expect: exit 0
// expect-output: a + b
// expect-output: "quoted"
#include <stdio.h>
#define STR(x) #x
int main(void) { printf("%s\n%s\n", STR(a + b), STR("quoted")); return 0; }
