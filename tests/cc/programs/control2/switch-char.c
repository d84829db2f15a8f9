// expect: exit 0
// expect-output: 2 vowels 3 others
#include <stdio.h>
int main(void) {
  const char *s = "hello";
  int v = 0, o = 0;
  for (; *s; s++) switch (*s) { case 'a': case 'e': case 'i': case 'o': case 'u': v++; break; default: o++; }
  printf("%d vowels %d others\n", v, o);
  return 0;
}
