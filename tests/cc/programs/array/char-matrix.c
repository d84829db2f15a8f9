// expect: exit 0
// expect-output: cat
// expect-output: dog
#include <stdio.h>
int main(void) {
  char words[2][4] = {"cat", "dog"};
  printf("%s\n%s\n", words[0], words[1]);
  return 0;
}
