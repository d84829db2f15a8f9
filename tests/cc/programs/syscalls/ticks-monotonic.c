// expect: exit 0
// expect-output: ok
#include <stdio.h>
#include <ringside.h>
#include <unistd.h>
int main(void) {
  int a = ticks();
  sleep_ticks(2);
  int b = ticks();
  printf(b >= a && a >= 0 ? "ok\n" : "bad\n");
  return 0;
}
