// expect: exit 0
// expect-output: width=1024 (10)
// expect-output: a-rather-long-key-name=-99 (26)
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* Measure with snprintf(NULL, 0), allocate, then format. */
static char *format_pair(const char *k, int v) {
  int n = snprintf(NULL, 0, "%s=%d", k, v);
  char *s = malloc(n + 1);
  snprintf(s, n + 1, "%s=%d", k, v);
  return s;
}
int main(void) {
  char *a = format_pair("width", 1024);
  char *b = format_pair("a-rather-long-key-name", -99);
  printf("%s (%d)\n%s (%d)\n", a, (int)strlen(a), b, (int)strlen(b));
  free(a); free(b);
  return 0;
}
