// expect: exit 0
// expect-output: 1 2 3 empty
#include <stdio.h>
struct queue { int items[8]; int head, tail; };
void push(struct queue *q, int v) { q->items[q->tail++ % 8] = v; }
int pop(struct queue *q, int *out) { if (q->head == q->tail) return 0; *out = q->items[q->head++ % 8]; return 1; }
int main(void) {
  struct queue q = {{0}, 0, 0};
  int v;
  push(&q, 1); push(&q, 2); push(&q, 3);
  while (pop(&q, &v)) printf("%d ", v);
  printf("empty\n");
  return 0;
}
