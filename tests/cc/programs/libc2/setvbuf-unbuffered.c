// expect: exit 0
// expect-output: 0
// expect-output: unbuffered now
// expect-output: 0
// expect-output: full
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  printf("%d\n", setvbuf(stdout, NULL, _IONBF, 0));
  fputs("unbuffered ", stdout);
  printf("now\n");
  printf("%d\n", setvbuf(stdout, NULL, _IOFBF, BUFSIZ));
  fputs("full\n", stdout);
  fflush(stdout);
  return 0;
}
