// expect: exit 0
// expect-output: 1:one 2:two 0:
#include <stdio.h>
struct kv { int k; char *v; };
int main(void) {
  struct kv t[3] = {{1, "one"}, {2, "two"}};
  for (int i = 0; i < 3; i++) printf(i < 2 ? "%d:%s " : "%d:\n", t[i].k, t[i].v);
  return 0;
}
