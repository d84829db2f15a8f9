// expect: exit 0
// expect-output: world
// expect-output: raw
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int main(void) {
  char *s = "hello world";
  printf("%s\n", strchr(s, 'w'));
  write(1, "raw\n", 4);
  return strchr(s, 'z') != 0;
}
