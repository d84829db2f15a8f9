// expect: exit 0
// expect-output: 2 3 5 7 11 13
#include <stdio.h>
#include <stdbool.h>
bool is_prime(int n) {
  if (n < 2) return false;
  for (int d = 2; d * d <= n; d++) if (n % d == 0) return false;
  return true;
}
int main(void) {
  bool first = true;
  for (int i = 0; i < 15; i++) {
    if (!is_prime(i)) continue;
    printf(first ? "%d" : " %d", i);
    first = false;
  }
  printf("\n");
  return 0;
}
