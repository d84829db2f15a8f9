// expect: exit 0
// expect-output: 3 12
#include <stdio.h>
#include <string.h>
int main(void) {
  char *words[] = {"alpha", "beta", "gam", 0};
  int n = 0, total = 0;
  for (char **w = words; *w; w++) { n++; total += strlen(*w); }
  printf("%d %d\n", n, total);
  return 0;
}
