// expect: exit 3
// expect-output: 20 30
// expect-output: 1 4
// expect-output: 12
// expect-output: 4
// expect-output: 30 40
// Pointers convert to and from 64-bit integers (the address is 32 bits on i386).
#include <stdio.h>
#include <stdint.h>
int data[4] = { 10, 20, 30, 40 };
int main(void) {
  long long addr = (long long)(intptr_t)&data[1];
  unsigned long long uaddr = (uintptr_t)&data[2];
  int *p = (int *)(intptr_t)addr;
  int *q = (int *)(uintptr_t)uaddr;
  printf("%d %d\n", *p, *q);
  long long diff = q - p;
  printf("%lld %d\n", diff, (int)sizeof(q - p));
  long long byte_diff = (char *)&data[3] - (char *)&data[0];
  printf("%lld\n", byte_diff);
  printf("%d\n", (int)(uaddr - (unsigned long long)addr));
  long long idx = 2;
  printf("%d %d\n", data[idx], *(data + idx + 1LL));
  return data[idx] / 10;
}
