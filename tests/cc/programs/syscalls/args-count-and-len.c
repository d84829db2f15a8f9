// expect: exit 0
// expect-output: 4 one two three
// args: one two three
#include <stdio.h>
int main(int argc, char *argv[]) {
  printf("%d", argc);
  for (int i = 1; i < argc; i++) printf(" %s", argv[i]);
  printf("\n");
  return 0;
}
