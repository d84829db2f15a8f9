// expect: exit 0
// expect-output: f4
#include <stdio.h>
unsigned char table[256];
int main(void) {
  for (int i = 0; i < 256; i++) {
    unsigned char c = i;
    for (int k = 0; k < 8; k++) c = (c & 0x80) ? (unsigned char)((c << 1) ^ 0x07) : (unsigned char)(c << 1);
    table[i] = c;
  }
  unsigned char crc = 0;
  const char *s = "123456789";
  while (*s) crc = table[crc ^ (unsigned char)*s++];
  printf("%x\n", crc);
  return 0;
}
