// expect: exit 0
// expect-output: no
#include <stdio.h>
#define TEMP
#undef TEMP
int main(void) {
#ifdef TEMP
  printf("yes\n");
#else
  printf("no\n");
#endif
  return 0;
}
