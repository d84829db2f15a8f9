// expect: exit 0
// expect-output: 200 100
#include <stdio.h>
int main(void) {
  unsigned char data[2] = {200, 100};
  unsigned char *p = data;
  printf("%d %d\n", *p, *(p + 1));
  return 0;
}
