// expect: exit 0
// expect-output: d4
#include <stdio.h>
int main(void) {
  int x = 7;
  switch (x) {
    case 1: printf("1"); break;
    default: printf("d");
    case 4: printf("4"); break;
  }
  printf("\n");
  return 0;
}
