// expect: exit 0
// expect-output: 0 1 2 10 11
#include <stdio.h>
enum color { RED, GREEN, BLUE, TEN = 10, ELEVEN };
int main(void) {
  enum color c = BLUE;
  printf("%d %d %d %d %d\n", RED, GREEN, c, TEN, ELEVEN);
  return 0;
}
