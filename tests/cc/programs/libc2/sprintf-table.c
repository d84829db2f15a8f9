// expect: exit 0
// expect-output: apple   |    3|     1.35 (24)
// expect-output: banana  |   12|     0.60 (24)
// expect-output: cherry  |  100|  1234.00 (24)
// expect-output: total   |     |  1235.95
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* A report formatted with sprintf into a buffer, then printed. */
struct item { const char *name; int qty; int cents; };
int main(void) {
  struct item items[] = { {"apple", 3, 45}, {"banana", 12, 5}, {"cherry", 100, 1234} };
  char line[80];
  int total = 0;
  for (int i = 0; i < 3; i++) {
    int cost = items[i].qty * items[i].cents;
    total += cost;
    int n = sprintf(line, "%-8s|%5d|%6d.%02d", items[i].name, items[i].qty, cost / 100, cost % 100);
    printf("%s (%d)\n", line, n);
  }
  sprintf(line, "%-8s|%5s|%6d.%02d", "total", "", total / 100, total % 100);
  puts(line);
  return 0;
}
