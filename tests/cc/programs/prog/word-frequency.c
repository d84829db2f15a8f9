// expect: exit 0
// expect-output: the=3 cat=2 sat=1
#include <stdio.h>
#include <string.h>
char words[16][8];
int counts[16], nwords;
void count(const char *w, int len) {
  for (int i = 0; i < nwords; i++) if ((int)strlen(words[i]) == len && !strncmp(words[i], w, len)) { counts[i]++; return; }
  strncpy(words[nwords], w, len); words[nwords][len] = 0; counts[nwords++] = 1;
}
int main(void) {
  const char *t = "the cat sat the cat the";
  const char *s = t;
  while (*s) {
    while (*s == ' ') s++;
    const char *b = s;
    while (*s && *s != ' ') s++;
    if (s > b) count(b, s - b);
  }
  printf("%s=%d %s=%d %s=%d\n", words[0], counts[0], words[1], counts[1], words[2], counts[2]);
  return 0;
}
