// expect: exit 0
// expect-output: a+b f( x ) "s\n"
#include <stdio.h>
#define S(x) #x
int main(void) { printf("%s %s %s\n", S(a+b), S(f( x )), S("s\n")); return 0; }
