// expect: exit 0
// expect-output: same in-range
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  srand(7);
  int a = rand(), b = rand();
  srand(7);
  int c = rand(), d = rand();
  int ok = 1;
  for (int i = 0; i < 100; i++) { int r = rand(); if (r < 0 || r > RAND_MAX) ok = 0; }
  printf("%s %s\n", a == c && b == d ? "same" : "differ", ok ? "in-range" : "out");
  return 0;
}
