// expect: exit 0
// expect-output: 1 2
#include <stdio.h>
#define SWAP(a, b) do { \
    int t_ = (a);        \
    (a) = (b);           \
    (b) = t_;            \
  } while (0)
int main(void) { int x = 2, y = 1; SWAP(x, y); printf("%d %d\n", x, y); return 0; }
