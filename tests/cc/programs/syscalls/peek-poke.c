// expect: exit 0
// expect-output: 65 90 90
#include <stdio.h>
#include <ringside.h>
char cell = 'A';
int main(void) {
  int before = peek((int)&cell);
  poke((int)&cell, 'Z');
  printf("%d %d %d\n", before, cell, peek((int)&cell));
  return 0;
}
