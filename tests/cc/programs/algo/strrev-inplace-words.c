// expect: exit 0
// expect-output: olleh dlrow
#include <stdio.h>
void rev(char *a, char *b) { while (a < b) { char t = *a; *a++ = *b; *b-- = t; } }
int main(void) {
  char s[] = "hello world";
  char *start = s;
  for (char *p = s; ; p++) {
    if (*p == ' ' || *p == 0) { rev(start, p - 1); if (!*p) break; start = p + 1; }
  }
  printf("%s\n", s);
  return 0;
}
