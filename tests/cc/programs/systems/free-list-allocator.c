// expect: exit 0
// expect-output: 0 1 2 1 3
#include <stdio.h>
#define N 4
int next_free[N];
int head;
void init(void) { for (int i = 0; i < N; i++) next_free[i] = i + 1; next_free[N - 1] = -1; head = 0; }
int alloc(void) { int b = head; if (b >= 0) head = next_free[b]; return b; }
void release(int b) { next_free[b] = head; head = b; }
int main(void) {
  init();
  int a = alloc(), b = alloc(), c = alloc();
  release(b);
  int d = alloc(), e = alloc();
  printf("%d %d %d %d %d\n", a, b, c, d, e);
  return 0;
}
