// expect: exit 0
// expect-output: 4 1 12
#include <stdio.h>
typedef int myint;
typedef unsigned char byte;
typedef myint triple[3];
int main(void) {
  myint a = 4; byte b = 1; triple t;
  printf("%d %d %d\n", a, b, (int)sizeof t);
  return 0;
}
