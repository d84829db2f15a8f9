// expect: exit 0
// expect-output: 12 words, longest times
// stdin: it was the best of times
// stdin: it was the worst of times
/* scanf("%s") splits stdin into words; the longest wins. */
#include <stdio.h>
#include <string.h>
int main(void) {
  char w[64], best[64] = "";
  int n = 0;
  while (scanf("%63s", w) == 1) { n++; if (strlen(w) > strlen(best)) strcpy(best, w); }
  printf("%d words, longest %s\n", n, best);
  return 0;
}
