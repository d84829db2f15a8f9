// expect: exit 0
// expect-output: two
#include <stdio.h>
#define LEVEL 2
int main(void) {
#if LEVEL == 1
  printf("one\n");
#elif LEVEL == 2 && defined(LEVEL)
  printf("two\n");
#else
  printf("other\n");
#endif
  return 0;
}
