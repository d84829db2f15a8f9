// expect: exit 0
// expect-output: 0 15
// expect-output: no dog
// expect-output: 0
// expect-output: 5 20
// expect-output: 1
// expect-output: no z
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  const char *s = "the cat sat on the mat";
  printf("%d %d\n", (int)(strstr(s, "the") - s), (int)(strstr(s + 1, "the") - s));
  printf("%s\n", strstr(s, "dog") ? "dog" : "no dog");
  printf("%d\n", (int)(strstr(s, "") - s));
  printf("%d %d\n", (int)(strchr(s, 'a') - s), (int)(strrchr(s, 'a') - s));
  printf("%d\n", strchr(s, 0) == s + strlen(s));
  printf("%s\n", strchr(s, 'z') ? "z" : "no z");
  return 0;
}
