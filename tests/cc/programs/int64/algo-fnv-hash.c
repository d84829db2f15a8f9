// expect: exit 12
// expect-output: cbf29ce484222325 
// expect-output: af63dc4c8601ec8c a
// expect-output: 85944171f73967e8 foobar
// expect-output: dc4c789299792b10 ringside
// expect-output: ffe711ad669db867 long long
// FNV-1a 64-bit hashes: unsigned multiply wrap and xor on every byte.
#include <stdio.h>
#include <stdint.h>
uint64_t fnv1a(const char *s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  while (*s) { h ^= (unsigned char)*s++; h *= 0x100000001b3ULL; }
  return h;
}
int main(void) {
  const char *words[] = { "", "a", "foobar", "ringside", "long long" };
  int i;
  for (i = 0; i < 5; i++) printf("%016llx %s\n", fnv1a(words[i]), words[i]);
  return (int)(fnv1a("a") & 0x7f);
}
