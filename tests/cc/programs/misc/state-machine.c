// expect: exit 0
// expect-output: 3 words
#include <stdio.h>
int main(void) {
  const char *s = "  the quick  fox ";
  int in = 0, words = 0;
  for (; *s; s++) {
    if (*s == ' ') in = 0;
    else if (!in) { in = 1; words++; }
  }
  printf("%d words\n", words);
  return 0;
}
