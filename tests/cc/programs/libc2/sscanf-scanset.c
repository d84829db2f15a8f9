// expect: exit 0
// expect-output: 2 [key] [value]
// expect-output: 2 [123] [abc]
// expect-output: 1 []x]]
// expect-output: 0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char name[32], rest[32];
  int n = sscanf("key=value;more", "%[^=]=%[a-z]", name, rest);
  printf("%d [%s] [%s]\n", n, name, rest);
  n = sscanf("123abc", "%[0-9]%s", name, rest);
  printf("%d [%s] [%s]\n", n, name, rest);
  n = sscanf("]x]y", "%[]x]", name);
  printf("%d [%s]\n", n, name);
  n = sscanf("abc", "%[0-9]", name);
  printf("%d\n", n);
  return 0;
}
