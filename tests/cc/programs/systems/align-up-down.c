// expect: exit 0
// expect-output: 4096 8192 4096 0
#include <stdio.h>
#define PGSIZE 4096u
#define ROUNDUP(a) (((a) + PGSIZE - 1) & ~(PGSIZE - 1))
#define ROUNDDOWN(a) ((a) & ~(PGSIZE - 1))
int main(void) { printf("%u %u %u %u\n", ROUNDUP(1u), ROUNDUP(4097u), ROUNDDOWN(8191u), ROUNDDOWN(4095u)); return 0; }
