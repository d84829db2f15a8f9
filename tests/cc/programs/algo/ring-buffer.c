// expect: exit 0
// expect-output: 3 4 5 6
#include <stdio.h>
#define N 4
int buf[N], head, count;
void put(int v) { buf[(head + count) % N] = v; if (count < N) count++; else head = (head + 1) % N; }
int main(void) {
  for (int i = 1; i <= 6; i++) put(i);
  for (int i = 0; i < count; i++) printf(i ? " %d" : "%d", buf[(head + i) % N]);
  printf("\n");
  return 0;
}
