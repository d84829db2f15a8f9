// expect: exit 0
// expect-output: fprintf 1
// expect-output: fputs
// expect-output: c
// expect-output: printf after 10
// expect-output: partial then printf
// expect-output: fwrite!
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  int n = fprintf(stdout, "%s %d\n", "fprintf", 1);
  fputs("fputs\n", stdout);
  fputc('c', stdout);
  putc('\n', stdout);
  printf("printf after %d\n", n);
  fputs("partial ", stdout);
  printf("then printf\n");
  fwrite("fwrite!\n", 1, 8, stdout);
  fflush(stdout);
  return 0;
}
