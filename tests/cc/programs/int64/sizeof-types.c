// expect: exit 8
// expect-output: 8 8 8 8
// expect-output: 24 8
// expect-output: 12 4
// expect-output: 16 4 12
// expect-output: 12
// expect-output: 4 4
// sizeof and struct layout of the 64-bit types: 8 bytes, aligned to 4 in structs (i386).
#include <stdio.h>
#include <stddef.h>
struct a { char c; long long x; };
struct b { int i; unsigned long long u; char tail; };
struct c { long long x; char c; };
int main(void) {
  long long arr[3];
  printf("%d %d %d %d\n", (int)sizeof(long long), (int)sizeof(unsigned long long), (int)sizeof(long long int), (int)sizeof(signed long long));
  printf("%d %d\n", (int)sizeof(arr), (int)sizeof arr[0]);
  printf("%d %d\n", (int)sizeof(struct a), (int)offsetof(struct a, x));
  printf("%d %d %d\n", (int)sizeof(struct b), (int)offsetof(struct b, u), (int)offsetof(struct b, tail));
  printf("%d\n", (int)sizeof(struct c));
  printf("%d %d\n", (int)sizeof(long), (int)sizeof(long int));
  return (int)sizeof(long long);
}
