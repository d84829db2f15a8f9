// expect: exit 0
// expect-output: 1 2 4 4 4 4 1
#include <stdio.h>
int main(void) {
  printf("%d %d %d %d %d %d %d\n", (int)sizeof(char), (int)sizeof(short), (int)sizeof(int), (int)sizeof(long), (int)sizeof(char *), (int)sizeof(int (*)(void)), (int)sizeof(unsigned char));
  return 0;
}
