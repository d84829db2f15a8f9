// expect: exit 0
// expect-output: 6 numbers, sum 100, last result -1
// stdin: 1 2 3
// stdin:   4
// stdin: -10 100
/* fscanf(stdin) until end of input: the sum and count of the numbers. */
#include <stdio.h>
int main(void) {
  int x, n = 0, sum = 0, r;
  while ((r = fscanf(stdin, "%d", &x)) == 1) { sum += x; n++; }
  printf("%d numbers, sum %d, last result %d\n", n, sum, r);
  return 0;
}
