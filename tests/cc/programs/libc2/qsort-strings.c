// expect: exit 0
// expect-output: apple banana cherry fig kiwi pear
// expect-output: fig kiwi pear apple banana cherry
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
static int by_len(const void *a, const void *b) {
  int d = (int)strlen(*(char *const *)a) - (int)strlen(*(char *const *)b);
  return d ? d : by_name(a, b);
}
int main(void) {
  const char *w[] = { "pear", "fig", "banana", "apple", "kiwi", "cherry" };
  qsort(w, 6, sizeof w[0], by_name);
  for (int i = 0; i < 6; i++) printf("%s%c", w[i], i == 5 ? '\n' : ' ');
  qsort(w, 6, sizeof w[0], by_len);
  for (int i = 0; i < 6; i++) printf("%s%c", w[i], i == 5 ? '\n' : ' ');
  return 0;
}
