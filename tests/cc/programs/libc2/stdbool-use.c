// expect: exit 0
// expect-output: 8 1 1 2
#include <stdio.h>
#include <stdbool.h>
static bool is_prime(int n) {
  if (n < 2) return false;
  for (int d = 2; d * d <= n; d++) if (n % d == 0) return false;
  return true;
}
int main(void) {
  bool flags[20];
  int count = 0;
  for (int i = 0; i < 20; i++) { flags[i] = is_prime(i); count += flags[i]; }
  bool b = 5;
  printf("%d %d %d %d\n", count, b, (int)sizeof(bool), true + true);
  return 0;
}
