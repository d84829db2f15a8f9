// expect: exit 0
// expect-output: 4 4
// expect-output: 1
// expect-output: 0
// expect-output: 8 1
// expect-output: 0
// expect-output: 4 8
// expect-output: ffffffffffffffff ffffffffffffffff
// Hex and octal constants try unsigned int, then long long, then unsigned long long.
#include <stdio.h>
int main(void) {
  printf("%d %d\n", (int)sizeof(0x7fffffff), (int)sizeof(0x80000000));
  printf("%d\n", 0x80000000 > 0 && -1 < 0x7fffffff);
  printf("%d\n", -1 < 0x80000000);               /* unsigned int: -1 becomes UINT_MAX */
  printf("%d %d\n", (int)sizeof(0x100000000), -1 < 0x100000000);   /* long long: signed compare */
  printf("%d\n", -1 < 0x8000000000000000);       /* unsigned long long */
  printf("%d %d\n", (int)sizeof(037777777777), (int)sizeof(040000000000));
  printf("%llx %llx\n", 0xffffffffffffffff, 01777777777777777777777);
  return 0;
}
