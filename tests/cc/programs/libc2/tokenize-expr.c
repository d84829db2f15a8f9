// expect: exit 0
// expect-output: ID x1
// expect-output: OP =
// expect-output: NUM 42
// expect-output: OP +
// expect-output: ID y
// expect-output: OP *
// expect-output: OP (
// expect-output: NUM 7
// expect-output: OP -
// expect-output: NUM 3
// expect-output: OP )
// expect-output: OP ;
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
/* A tokenizer with strspn/strcspn and sscanf %n. */
int main(void) {
  const char *s = "  x1 = 42 + y*(7-3) ;";
  while (*s) {
    s += strspn(s, " ");
    if (!*s) break;
    int v, used;
    if (isdigit((unsigned char)*s) && sscanf(s, "%d%n", &v, &used) == 1) { printf("NUM %d\n", v); s += used; }
    else if (isalpha((unsigned char)*s)) {
      size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789");
      printf("ID %.*s\n", (int)n, s); s += n;
    } else { printf("OP %c\n", *s); s++; }
  }
  return 0;
}
