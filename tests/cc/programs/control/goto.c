// expect: exit 0
// expect-output: 0 1 2 done
#include <stdio.h>
int main(void) {
  int i = 0;
again:
  printf("%d ", i);
  i++;
  if (i < 3) goto again;
  goto out;
  printf("never\n");
out:
  printf("done\n");
  return 0;
}
