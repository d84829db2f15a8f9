// expect: exit 8
// expect-output: 100000000 -2 0 200000001
// expect-output: -2 8
// ++ and -- on long long array elements, struct members and through pointers.
#include <stdio.h>
struct counter { char tag; long long n; };
int main(void) {
  long long arr[3] = { 0xffffffffLL, 0, -1 };
  struct counter c = { 'c', 0x1ffffffffLL };
  struct counter *pc = &c;
  long long *p = arr;
  (*p)++;
  arr[1]--;
  ++arr[2];
  pc->n++;
  ++c.n;
  p[1]--;
  printf("%llx %lld %lld %llx\n", arr[0], arr[1], arr[2], c.n);
  long long *q = arr;
  q++;
  printf("%lld %d\n", *q, (int)((char *)q - (char *)arr));
  return (int)(arr[1] + 10);
}
