// expect: exit 0
// expect-output: 1:6:short
// expect-output: 2:94:a much longer line that goes on and on and on past the initial sixty four bytes of the buffer
// expect-output: 3:1:
// expect-output: 4:4:end
// expect-output: cap grew: 1
// stdin: short
// stdin: a much longer line that goes on and on and on past the initial sixty four bytes of the buffer
// stdin:
// stdin: end
/* getline reads lines of any length; the buffer grows. */
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  int count = 0;
  while ((n = getline(&line, &cap, stdin)) != -1) {
    count++;
    printf("%d:%d:%s", count, (int)n, line);
  }
  printf("cap grew: %d\n", cap >= 100);
  free(line);
  return 0;
}
