// expect: exit 0
// expect-output: 499500
#include <stdio.h>
int main(void) {
  int big[1000];
  for (int i = 0; i < 1000; i++) big[i] = i;
  int s = 0;
  for (int i = 0; i < 1000; i++) s += big[i];
  printf("%d\n", s);
  return 0;
}
