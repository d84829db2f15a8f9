// expect: exit 0
// expect-output: 1 1 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* Values depend on the generator, so only properties are printed. */
int main(void) {
  int ok = 1;
  srand(7);
  int first = rand();
  for (int i = 0; i < 1000; i++) { int r = rand(); if (r < 0 || r > RAND_MAX) ok = 0; }
  srand(7);
  printf("%d %d %d\n", ok, rand() == first, RAND_MAX >= 32767);
  return 0;
}
