// expect: exit 0
// expect-output: 10 9 8 7 6 5 4 3 2 1 sum=55
#include <stdio.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
int main(void) {
  struct node *head = NULL;
  for (int i = 1; i <= 10; i++) {
    struct node *n = malloc(sizeof *n);
    n->v = i; n->next = head; head = n;
  }
  int sum = 0;
  while (head) {
    struct node *n = head;
    printf("%d ", n->v);
    sum += n->v;
    head = n->next;
    free(n);
  }
  printf("sum=%d\n", sum);
  return 0;
}
