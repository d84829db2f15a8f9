// expect: exit 0
// expect-output: found 2 3
#include <stdio.h>
int main(void) {
  int i, j;
  for (i = 0; i < 5; i++)
    for (j = 0; j < 5; j++)
      if (i * j == 6) goto found;
  printf("none\n");
  return 1;
found:
  printf("found %d %d\n", i, j);
  return 0;
}
