// expect: exit 0
// expect-output: tsal dna driht
// expect-output: dnoces
// expect-output: enil tsrif
// stdin: first line
// stdin: second
// stdin: third and last
/* Reads lines with fgets and prints them reversed, last line first. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
int main(void) {
  char *lines[16];
  char buf[64];
  int n = 0;
  while (n < 16 && fgets(buf, sizeof buf, stdin)) {
    buf[strcspn(buf, "\n")] = 0;
    lines[n++] = strdup(buf);
  }
  while (n-- > 0) {
    int len = (int)strlen(lines[n]);
    for (int i = len - 1; i >= 0; i--) putchar(lines[n][i]);
    putchar('\n');
    free(lines[n]);
  }
  return 0;
}
