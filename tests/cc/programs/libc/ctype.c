// expect: exit 0
// expect-output: 1 0 1 1 A z
#include <stdio.h>
#include <ctype.h>
int main(void) {
  printf("%d %d %d %d %c %c\n", isdigit('5'), isalpha('5'), isspace('\t'), isxdigit('F'), toupper('a'), tolower('Z'));
  return 0;
}
