// expect: exit 0
// expect-output: abcdef
// expect-output: 0.1.2.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* Buffered fputs and kernel printf/puts/putchar keep their order. */
int main(void) {
  fputs("a", stdout);
  printf("b");
  fputc('c', stdout);
  putchar('d');
  fputs("e", stdout);
  puts("f");
  for (int i = 0; i < 3; i++) { fprintf(stdout, "%d", i); printf("."); }
  fputs("\n", stdout);
  return 0;
}
