// expect: exit 0
// expect-output: 0 1
#include <stdio.h>
#include <string.h>
struct k { int a; char b[4]; };
int main(void) {
  struct k x = {1, "ab"}, y = {1, "ab"}, z = {1, "ac"};
  printf("%d %d\n", memcmp(&x, &y, sizeof x) != 0, memcmp(&x, &z, sizeof x) < 0);
  return 0;
}
