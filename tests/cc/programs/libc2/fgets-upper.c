// expect: exit 0
// expect-output: [HELLO
// expect-output: ]
// expect-output: [WORLD O]
// expect-output: [F LINES]
// expect-output: [
// expect-output: ]
// stdin: hello
// stdin: world of lines
/* fgets with a small buffer splits long lines. */
#include <stdio.h>
#include <ctype.h>
int main(void) {
  char buf[8];
  while (fgets(buf, sizeof buf, stdin)) {
    for (char *p = buf; *p; p++) *p = (char)toupper((unsigned char)*p);
    fputs("[", stdout); fputs(buf, stdout); fputs("]\n", stdout);
  }
  return feof(stdin) ? 0 : 1;
}
