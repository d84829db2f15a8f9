// expect: exit 0
// expect-output: a -> 10
// expect-output: b -> 20
// expect-output: c -> 30
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char text[] = "a=1;b=2;c=3";
  char *outer, *inner;
  for (char *pair = strtok_r(text, ";", &outer); pair; pair = strtok_r(NULL, ";", &outer)) {
    char *k = strtok_r(pair, "=", &inner);
    char *v = strtok_r(NULL, "=", &inner);
    printf("%s -> %d\n", k, atoi(v) * 10);
  }
  return 0;
}
