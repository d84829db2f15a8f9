// expect: exit 0
// expect-output: 4 6
#include <stdio.h>
int main(void) {
  int a[] = {3, 1, 4, 1};
  char s[] = "hello";
  printf("%d %d\n", (int)(sizeof a / sizeof a[0]), (int)sizeof s);
  return 0;
}
