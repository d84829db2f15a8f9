// expect: exit 0
// expect-output: [007] [] [1] [ -007] [007  ] [  007]
// expect-output: [he] [hi] [   ab] [x    ] []
// expect-output: [00ab] [0x00ab] [010] [010]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char b[128];
  sprintf(b, "[%.3d] [%.0d] [%.0d] [%5.3d] [%-5.3d] [%05.3d]", 7, 0, 1, -7, 7, 7); puts(b);
  sprintf(b, "[%.2s] [%.10s] [%5.2s] [%-5.1s] [%.0s]", "hello", "hi", "abc", "xyz", "gone"); puts(b);
  sprintf(b, "[%.4x] [%#.4x] [%.3o] [%#.3o]", 0xab, 0xab, 8, 8); puts(b);
  return 0;
}
