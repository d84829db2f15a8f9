// expect: exit 0
// expect-output: int 5 str hi
#include <stdio.h>
enum tag { INT, STR };
struct value { enum tag tag; union { int i; const char *s; } u; };
void show(struct value v) { if (v.tag == INT) printf("int %d ", v.u.i); else printf("str %s\n", v.u.s); }
int main(void) {
  struct value a, b;
  a.tag = INT; a.u.i = 5;
  b.tag = STR; b.u.s = "hi";
  show(a); show(b);
  return 0;
}
