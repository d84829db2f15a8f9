// expect: exit 3
// expect-output: alpha beta
// args: alpha beta
#include <stdio.h>
int main(int argc, char **argv) {
  printf("%s %s\n", argv[1], argv[2]);
  return argv[argc] == 0 ? argc : 100;
}
