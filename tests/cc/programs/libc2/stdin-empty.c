// expect: exit 0
// expect-output: -1
// expect-output: null
// expect-output: -1
// stdin-eof
#include <stdio.h>
int main(void) {
  char buf[16];
  int x;
  printf("%d\n", scanf("%d", &x));
  printf("%s\n", fgets(buf, sizeof buf, stdin) ? "line" : "null");
  printf("%d\n", getchar());
  return 0;
}
