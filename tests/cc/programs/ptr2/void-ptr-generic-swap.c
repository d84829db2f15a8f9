// expect: exit 0
// expect-output: 2 1 b a
#include <stdio.h>
void swap(void *a, void *b, int size) {
  char *x = a, *y = b;
  for (int i = 0; i < size; i++) { char t = x[i]; x[i] = y[i]; y[i] = t; }
}
int main(void) {
  int i = 1, j = 2;
  char c = 'a', d = 'b';
  swap(&i, &j, sizeof i);
  swap(&c, &d, 1);
  printf("%d %d %c %c\n", i, j, c, d);
  return 0;
}
