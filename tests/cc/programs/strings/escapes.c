// expect: exit 0
// expect-output: a	b "q" \ 'x' A
#include <stdio.h>
int main(void) { printf("a\tb \"q\" \\ \'x\' \x41\n"); return 0; }
