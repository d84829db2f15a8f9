// expect: exit 0
// expect-output: 3 2 1 0
#include <stdio.h>
int main(void) {
  for (unsigned i = 4; i-- > 0;) printf(i == 0 ? "%u\n" : "%u ", i);
  return 0;
}
