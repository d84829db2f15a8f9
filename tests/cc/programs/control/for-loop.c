// expect: exit 0
// expect-output: 0 1 2 3 4
#include <stdio.h>
int main(void) {
  for (int i = 0; i < 5; i++) printf(i ? " %d" : "%d", i);
  printf("\n");
  return 0;
}
