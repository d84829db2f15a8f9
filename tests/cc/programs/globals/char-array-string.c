// expect: exit 0
// expect-output: abc 4 xy
#include <stdio.h>
char s[] = "abc";
char t[8] = "xy";
int main(void) { printf("%s %d %s\n", s, (int)sizeof s, t); return 0; }
