// expect: exit 0
// expect-output: 1 3 5
#include <stdio.h>
int main(void) {
  int i = 0;
  do {
    i++;
    if (i % 2 == 0) continue;
    printf(i == 5 ? "%d\n" : "%d ", i);
  } while (i < 5);
  return 0;
}
