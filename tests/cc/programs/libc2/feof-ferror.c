// expect: exit 0
// expect-output: 4 1 0
// expect-output: -1
// expect-output: 0
// stdin: abc
#include <stdio.h>
int main(void) {
  int n = 0;
  while (fgetc(stdin) != EOF) n++;
  printf("%d %d %d\n", n, feof(stdin) != 0, ferror(stdin) != 0);
  printf("%d\n", fgetc(stdin));
  clearerr(stdin);
  printf("%d\n", feof(stdin));
  return 0;
}
