// expect: exit 0
// expect-output: 3 0 0
// expect-output: 5 3 2
// expect-output: i@1 e@7 o@10 e@12 
// expect-output: none
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  printf("%d %d %d\n", (int)strspn("123abc", "0123456789"), (int)strspn("abc", "xyz"), (int)strspn("", "a"));
  printf("%d %d %d\n", (int)strcspn("hello, world", ",!"), (int)strcspn("abc", ""), (int)strcspn("abc", "c"));
  const char *s = "find the vowels";
  const char *p = strpbrk(s, "aeiou");
  while (p) { printf("%c@%d ", *p, (int)(p - s)); p = strpbrk(p + 1, "aeiou"); }
  printf("\n%s\n", strpbrk("xyz", "abc") ? "found" : "none");
  return 0;
}
