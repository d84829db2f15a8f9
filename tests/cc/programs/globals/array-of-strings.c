// expect: exit 0
// expect-output: mon tue wed
#include <stdio.h>
char *names[] = {"mon", "tue", "wed"};
int main(void) {
  printf("%s %s %s\n", names[0], names[1], names[2]);
  return sizeof names / sizeof names[0] - 3;
}
