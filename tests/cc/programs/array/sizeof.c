// expect: exit 0
// expect-output: 40 10 24 6 4
#include <stdio.h>
int main(void) {
  int a[10];
  char m[4][6];
  printf("%d %d %d %d %d\n", (int)sizeof a, (int)(sizeof a / sizeof a[0]), (int)sizeof m, (int)sizeof m[0], (int)sizeof(int *));
  return 0;
}
