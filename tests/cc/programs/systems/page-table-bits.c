// expect: exit 0
// expect-output: 00403007 1 1 1 3
#include <stdio.h>
#define PTE_P 0x001u
#define PTE_W 0x002u
#define PTE_U 0x004u
#define PDX(va) (((unsigned)(va) >> 22) & 0x3ff)
#define PTX(va) (((unsigned)(va) >> 12) & 0x3ff)
int main(void) {
  unsigned pte = 0x00403000u | PTE_P | PTE_W | PTE_U;
  unsigned va = 0x40003123u;
  printf("%08x %d %d %d %d\n", pte, (pte & PTE_P) != 0, (pte & PTE_U) != 0, PDX(va) == 0x100, PTX(va));
  return 0;
}
