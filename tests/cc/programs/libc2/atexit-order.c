// expect: exit 7
// expect-output: main returns
// expect-output: third runs first
// expect-output: second
// expect-output: first registered, runs last
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void first(void) { printf("first registered, runs last\n"); }
static void second(void) { printf("second\n"); }
static void third(void) { fputs("third runs first\n", stdout); }
int main(void) {
  atexit(first);
  atexit(second);
  atexit(third);
  printf("main returns\n");
  return 7;
}
