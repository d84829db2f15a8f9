// expect: exit 0
// expect-output: 3 1 0
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
struct entry { char *key; int count; struct entry *next; };
struct entry *buckets[8];
unsigned hash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 + *s++; return h % 8; }
void add(char *k) {
  unsigned h = hash(k);
  for (struct entry *e = buckets[h]; e; e = e->next) if (!strcmp(e->key, k)) { e->count++; return; }
  struct entry *e = malloc(sizeof *e);
  e->key = k; e->count = 1; e->next = buckets[h]; buckets[h] = e;
}
int get(char *k) { for (struct entry *e = buckets[hash(k)]; e; e = e->next) if (!strcmp(e->key, k)) return e->count; return 0; }
int main(void) {
  char *words[] = {"a", "b", "a", "c", "a"};
  for (int i = 0; i < 5; i++) add(words[i]);
  printf("%d %d %d\n", get("a"), get("b"), get("z"));
  return 0;
}
