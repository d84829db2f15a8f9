// expect: exit 0
// expect-output: 15
#include <stdio.h>
struct hdr { unsigned char a, b; unsigned short c; };
int main(void) {
  struct hdr h = {1, 2, 0x0c00};
  unsigned char *p = (unsigned char *)&h;
  int sum = 0;
  for (unsigned i = 0; i < sizeof h; i++) sum += p[i];
  printf("%d\n", sum);
  return 0;
}
