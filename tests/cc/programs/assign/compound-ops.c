// expect: exit 0
// expect-output: 15 10 50 5 2 3 7 4 32 4
#include <stdio.h>
int main(void) {
  int x = 10;
  x += 5; printf("%d ", x);
  x -= 5; printf("%d ", x);
  x *= 5; printf("%d ", x);
  x /= 10; printf("%d ", x);
  x %= 3; printf("%d ", x);
  x |= 1; printf("%d ", x);
  x ^= 4; printf("%d ", x);
  x &= 12; printf("%d ", x);
  x <<= 3; printf("%d ", x);
  x >>= 3; printf("%d\n", x);
  return 0;
}
