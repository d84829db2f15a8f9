// expect: exit 0
// expect-output: yes-a no-b
#include <stdio.h>
#define A
int main(void) {
#ifdef A
  printf("yes-a ");
#else
  printf("no-a ");
#endif
#ifndef B
  printf("no-b\n");
#endif
  return 0;
}
