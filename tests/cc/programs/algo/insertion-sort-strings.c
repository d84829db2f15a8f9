// expect: exit 0
// expect-output: apple banana cherry date
#include <stdio.h>
#include <string.h>
int main(void) {
  char *w[4] = {"date", "banana", "apple", "cherry"};
  for (int i = 1; i < 4; i++) {
    char *k = w[i]; int j = i - 1;
    while (j >= 0 && strcmp(w[j], k) > 0) { w[j + 1] = w[j]; j--; }
    w[j + 1] = k;
  }
  printf("%s %s %s %s\n", w[0], w[1], w[2], w[3]);
  return 0;
}
