// expect: exit 0
// expect-output: 1 0 0 0
#include <stdio.h>
#define LO 0x40000000u
#define HI 0x40400000u
int range_ok(unsigned addr, unsigned len) {
  if (addr + len < addr) return 0;          /* wraps around */
  return addr >= LO && addr + len <= HI;
}
int main(void) {
  printf("%d %d %d %d\n", range_ok(0x40001000u, 16), range_ok(0x00100000u, 16), range_ok(0xfffffff0u, 0x20), range_ok(0x403ffff0u, 0x20));
  return 0;
}
