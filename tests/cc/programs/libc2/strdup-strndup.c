// expect: exit 0
// expect-output: duplicate me|Duplicate me|duplicate|hi
// expect-output: 12 9 2
// expect-output: 3 2
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  const char *src = "duplicate me";
  char *a = strdup(src);
  char *b = strndup(src, 9);
  char *c = strndup("hi", 10);
  a[0] = 'D';
  printf("%s|%s|%s|%s\n", src, a, b, c);
  printf("%d %d %d\n", (int)strlen(a), (int)strlen(b), (int)strlen(c));
  printf("%d %d\n", (int)strnlen("abcdef", 3), (int)strnlen("ab", 30));
  free(a); free(b); free(c);
  return 0;
}
