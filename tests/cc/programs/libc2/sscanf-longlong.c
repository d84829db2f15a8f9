// expect: exit 0
// expect-output: 2 -9223372036854775807 18446744073709551615
// expect-output: 2 -25536 44
// expect-output: 1 123456789abc
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  long long a; unsigned long long b; short s; signed char c;
  int n = sscanf("-9223372036854775807 18446744073709551615", "%lld %llu", &a, &b);
  printf("%d %lld %llu\n", n, a, b);
  n = sscanf("40000 300", "%hd %hhd", &s, &c);
  printf("%d %d %d\n", n, s, c);
  n = sscanf("123456789abc", "%llx", &b);
  printf("%d %llx\n", n, b);
  return 0;
}
