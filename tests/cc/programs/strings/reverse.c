// expect: exit 0
// expect-output: olleh
#include <stdio.h>
#include <string.h>
void reverse(char *s) { int n = strlen(s); for (int i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; } }
int main(void) { char b[] = "hello"; reverse(b); printf("%s\n", b); return 0; }
