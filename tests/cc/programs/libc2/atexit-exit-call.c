// expect: exit 0
// expect-output: counter 11
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int counter;
static void report(void) { printf("counter %d\n", counter); }
static void bump(void) { counter += 10; }
int main(void) {
  atexit(report);
  atexit(bump);
  counter = 1;
  exit(0);
  printf("not reached\n");
  return 1;
}
