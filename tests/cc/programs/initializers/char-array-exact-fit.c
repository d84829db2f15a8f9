// expect: exit 0
// expect-output: abc
#include <stdio.h>
char s[3] = "abc";
int main(void) { putchar(s[0]); putchar(s[1]); putchar(s[2]); putchar('\n'); return 0; }
