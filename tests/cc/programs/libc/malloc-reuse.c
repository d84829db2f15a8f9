// expect: exit 0
// expect-output: reused
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  char *a = malloc(64);
  free(a);
  char *b = malloc(32);
  printf(a == b ? "reused\n" : "fresh\n");
  return 0;
}
