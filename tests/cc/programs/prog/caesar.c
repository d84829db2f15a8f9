// expect: exit 0
// expect-output: Khoor, Zruog!
#include <stdio.h>
int main(void) {
  char s[] = "Hello, World!";
  for (char *p = s; *p; p++) {
    if (*p >= 'a' && *p <= 'z') *p = 'a' + (*p - 'a' + 3) % 26;
    else if (*p >= 'A' && *p <= 'Z') *p = 'A' + (*p - 'A' + 3) % 26;
  }
  printf("%s\n", s);
  return 0;
}
