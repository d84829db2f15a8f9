// expect: exit 0
// expect-output: d  1 #
// expect-output: e  1 #
// expect-output: h  1 #
// expect-output: i  4 ####
// expect-output: l  3 ###
// expect-output: m  1 #
// expect-output: o  2 ##
// expect-output: p  2 ##
// expect-output: r  1 #
// expect-output: s  4 ####
// expect-output: w  1 #
// stdin: Hello World
// stdin: Mississippi
/* Letter frequencies of stdin, as a bar chart. */
#include <stdio.h>
#include <ctype.h>
int main(void) {
  int count[26] = {0};
  int c;
  while ((c = getchar()) != EOF)
    if (isalpha(c)) count[tolower(c) - 'a']++;
  for (int i = 0; i < 26; i++) {
    if (!count[i]) continue;
    printf("%c %2d ", 'a' + i, count[i]);
    for (int j = 0; j < count[i]; j++) putchar('#');
    putchar('\n');
  }
  return 0;
}
