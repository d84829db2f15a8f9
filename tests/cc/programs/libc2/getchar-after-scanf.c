// expect: exit 0
// expect-output: 1 42 10
// expect-output: z
// stdin: 42
// stdin: z
/* scanf then getchar: the newline scanf left is what getchar sees. */
#include <stdio.h>
int main(void) {
  int n;
  int r = scanf("%d", &n);
  int c = getchar();
  printf("%d %d %d\n", r, n, c);
  c = getchar();
  printf("%c\n", c);
  return 0;
}
