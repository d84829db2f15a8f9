// expect: exit 0
// expect-output: one two other three
#include <stdio.h>
void say(int n) {
  switch (n) {
    case 1: printf("one"); break;
    case 2: printf(" two"); break;
    case 3: printf(" three\n"); break;
    default: printf(" other");
  }
}
int main(void) { say(1); say(2); say(9); say(3); return 0; }
