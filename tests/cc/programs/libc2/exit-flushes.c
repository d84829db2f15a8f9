// expect: exit 5
// expect-output: held in the buffer
// expect-output: until exit 42
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* exit() flushes what a fully buffered stdout still holds. */
int main(void) {
  setvbuf(stdout, NULL, _IOFBF, BUFSIZ);
  fputs("held in the buffer\n", stdout);
  fprintf(stdout, "until exit %d\n", 42);
  exit(5);
}
