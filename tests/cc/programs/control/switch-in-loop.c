// expect: exit 0
// expect-output: aBcBa
#include <stdio.h>
int main(void) {
  int seq[5] = {0, 1, 2, 1, 0};
  for (int i = 0; i < 5; i++) {
    switch (seq[i]) {
      case 0: putchar('a'); continue;
      case 1: putchar('B'); break;
      case 2: putchar('c'); break;
    }
  }
  putchar('\n');
  return 0;
}
