// expect: exit 0
// expect-output: 36
#include <stdio.h>
int main(void) {
  int count = 0;
  for (int i = 0; i < 6; i++)
    for (int j = 0; j < 6; j++)
      count++;
  printf("%d\n", count);
  return 0;
}
