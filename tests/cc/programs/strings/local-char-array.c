// expect: exit 0
// expect-output: Hello
#include <stdio.h>
int main(void) { char s[] = "hello"; s[0] = 'H'; printf("%s\n", s); return 0; }
