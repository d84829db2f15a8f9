// expect: exit 0
// expect-output: d 3 Z
#include <stdio.h>
int main(void) { char c = 'a'; c += 3; printf("%c %d %c\n", c, '3' - '0', 'A' + 25); return 0; }
