// expect: exit 0
// expect-output: 0000ffff 00cf9a00
#include <stdio.h>
struct desc { unsigned lo, hi; };
struct desc make(unsigned base, unsigned limit, unsigned access, unsigned flags) {
  struct desc d;
  d.lo = (limit & 0xffff) | ((base & 0xffff) << 16);
  d.hi = ((base >> 16) & 0xff) | (access << 8) | (((limit >> 16) & 0xf) << 16) | (flags << 20) | (base & 0xff000000);
  return d;
}
int main(void) { struct desc d = make(0, 0xfffff, 0x9a, 0xc); printf("%08x %08x\n", d.lo, d.hi); return 0; }
