// expect: exit 0
// expect-output: foobar foo
#include <stdio.h>
#include <string.h>
int main(void) {
  char buf[16];
  char small[4];
  strcpy(buf, "foo");
  strcat(buf, "bar");
  strncpy(small, "foobar", 3);
  small[3] = 0;
  printf("%s %s\n", buf, small);
  return 0;
}
