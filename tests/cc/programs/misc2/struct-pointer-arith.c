// expect: exit 0
// expect-output: 2 8
#include <stdio.h>
struct s { int a, b; };
int main(void) {
  struct s arr[3] = {{1, 2}, {3, 4}, {5, 6}};
  struct s *p = arr;
  p++;
  printf("%d %d\n", (int)(p + 1 - arr), (int)((char *)p - (char *)arr));
  return 0;
}
