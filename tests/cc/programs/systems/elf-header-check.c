// expect: exit 0
// expect-output: elf32 i386 exec
#include <stdio.h>
struct ehdr { unsigned char ident[16]; unsigned short type, machine; unsigned version; };
int main(void) {
  struct ehdr h = { {0x7f, 'E', 'L', 'F', 1, 1, 1}, 2, 3, 1 };
  if (h.ident[0] == 0x7f && h.ident[1] == 'E' && h.ident[4] == 1) printf("elf32 ");
  if (h.machine == 3) printf("i386 ");
  if (h.type == 2) printf("exec\n");
  return sizeof(struct ehdr) - 24;
}
