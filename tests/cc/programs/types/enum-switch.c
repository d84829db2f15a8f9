// expect: exit 0
// expect-output: go
#include <stdio.h>
typedef enum { STOP, GO } light;
int main(void) {
  light l = GO;
  switch (l) { case STOP: printf("stop\n"); break; case GO: printf("go\n"); break; }
  return 0;
}
