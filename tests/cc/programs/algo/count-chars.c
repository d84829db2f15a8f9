// expect: exit 0
// expect-output: l=3 o=2
#include <stdio.h>
int main(void) {
  int counts[128] = {0};
  for (const char *s = "hello world"; *s; s++) counts[(int)*s]++;
  printf("l=%d o=%d\n", counts['l'], counts['o']);
  return 0;
}
