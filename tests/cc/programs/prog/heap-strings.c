// expect: exit 0
// expect-output: hello, world (12)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *concat(const char *a, const char *b) {
  char *r = malloc(strlen(a) + strlen(b) + 1);
  strcpy(r, a); strcat(r, b);
  return r;
}
int main(void) { char *s = concat("hello, ", "world"); printf("%s (%d)\n", s, (int)strlen(s)); free(s); return 0; }
