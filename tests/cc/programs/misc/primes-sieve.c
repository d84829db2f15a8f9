// expect: exit 0
// expect-output: 25 97
#include <stdio.h>
char composite[101];
int main(void) {
  int count = 0, last = 0;
  for (int i = 2; i <= 100; i++) {
    if (composite[i]) continue;
    count++; last = i;
    for (int j = i * i; j <= 100; j += i) composite[j] = 1;
  }
  printf("%d %d\n", count, last);
  return 0;
}
