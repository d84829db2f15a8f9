// expect: exit 0
// expect-output: hello
#include <stdio.h>
#include <string.h>
struct msg { int len; char text[16]; };
int main(void) {
  struct msg m;
  struct msg *p = &m;
  strcpy(p->text, "hello");
  p->len = strlen(p->text);
  printf("%s\n", m.text + 5 - m.len);
  return 0;
}
