// expect: exit 4
// expect-output: 4:-4294967296 2:-1 6:0 3:4294967295 1:4294967296 5:9223372036854775807 
// Sorting records by 64-bit keys with qsort and a long long comparison.
#include <stdio.h>
#include <stdlib.h>
struct item { long long key; int id; };
int by_key(const void *a, const void *b) {
  long long x = ((const struct item *)a)->key, y = ((const struct item *)b)->key;
  return x < y ? -1 : x > y;
}
int main(void) {
  struct item items[6] = {
    { 0x100000000LL, 1 }, { -1, 2 }, { 0xffffffffLL, 3 }, { -0x100000000LL, 4 }, { 9223372036854775807LL, 5 }, { 0, 6 },
  };
  int i;
  qsort(items, 6, sizeof items[0], by_key);
  for (i = 0; i < 6; i++) printf("%d:%lld ", items[i].id, items[i].key);
  printf("\n");
  return items[0].id;
}
