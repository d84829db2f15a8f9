// expect: exit 0
// expect-output: 78563412 3412
#include <stdio.h>
unsigned bswap32(unsigned x) { return (x >> 24) | ((x >> 8) & 0xff00) | ((x << 8) & 0xff0000) | (x << 24); }
unsigned short bswap16(unsigned short x) { return (unsigned short)((x >> 8) | (x << 8)); }
int main(void) { printf("%x %x\n", bswap32(0x12345678), bswap16(0x1234)); return 0; }
