// expect: exit 0
// expect-output: 1 0 1
#include <stdio.h>
#include <string.h>
int pal(const char *s) { int i = 0, j = strlen(s) - 1; while (i < j) if (s[i++] != s[j--]) return 0; return 1; }
int main(void) { printf("%d %d %d\n", pal("racecar"), pal("abca"), pal("")); return 0; }
