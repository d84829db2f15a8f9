// expect: exit 0
// expect-output:            0         0            0 1
// expect-output:            1         1            1 1
// expect-output:           -1  ffffffff  37777777777 1
// expect-output:          255        ff          377 1
// expect-output:         4096      1000        10000 1
// expect-output:  -2147483648  80000000  20000000000 1
// expect-output:   2147483647  7fffffff  17777777777 1
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* Numbers to strings in many bases with sprintf, back with strtol. */
int main(void) {
  int vals[] = { 0, 1, -1, 255, 4096, -2147483647 - 1, 2147483647 };
  for (int i = 0; i < 7; i++) {
    char d[16], x[16], o[16];
    sprintf(d, "%d", vals[i]); sprintf(x, "%x", vals[i]); sprintf(o, "%o", vals[i]);
    printf("%12s %9s %12s %d\n", d, x, o, strtol(d, NULL, 10) == vals[i]);
  }
  return 0;
}
