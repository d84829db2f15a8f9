// expect: exit 0
// expect-output: 1 3 5 7
#include <stdio.h>
int main(void) {
  int first = 1;
  for (int i = 0; ; i++) {
    if (i > 7) break;
    if (i % 2 == 0) continue;
    printf(first ? "%d" : " %d", i);
    first = 0;
  }
  printf("\n");
  return 0;
}
