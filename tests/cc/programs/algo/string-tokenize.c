// expect: exit 0
// expect-output: [ls] [-l] [/tmp]
#include <stdio.h>
int main(void) {
  char line[] = "ls  -l /tmp";
  char *argv[8]; int argc = 0;
  char *p = line;
  while (*p) {
    while (*p == ' ') *p++ = 0;
    if (!*p) break;
    argv[argc++] = p;
    while (*p && *p != ' ') p++;
  }
  for (int i = 0; i < argc; i++) printf(i ? " [%s]" : "[%s]", argv[i]);
  printf("\n");
  return 0;
}
