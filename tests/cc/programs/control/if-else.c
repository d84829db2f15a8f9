// expect: exit 0
// expect-output: small medium large
#include <stdio.h>
void classify(int n) {
  if (n < 10) printf("small");
  else if (n < 100) printf(" medium");
  else printf(" large\n");
}
int main(void) { classify(1); classify(50); classify(500); return 0; }
