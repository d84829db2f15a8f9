// expect: exit 0
// expect-output: for keyword
// expect-output: foo identifier
// expect-output: break keyword
// expect-output: while keyword
// expect-output: zzz identifier
// expect-output: a identifier
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmp(const void *key, const void *elem) { return strcmp(key, *(char *const *)elem); }
int main(void) {
  const char *kw[] = { "break", "case", "char", "do", "else", "for", "if", "int", "return", "while" };
  const char *probe[] = { "for", "foo", "break", "while", "zzz", "a" };
  for (int i = 0; i < 6; i++) {
    const char **p = bsearch(probe[i], kw, 10, sizeof kw[0], cmp);
    printf("%s %s\n", probe[i], p ? "keyword" : "identifier");
  }
  return 0;
}
