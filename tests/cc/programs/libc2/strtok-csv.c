// expect: exit 0
// expect-output: 0:name
// expect-output: 1:age
// expect-output: 2:city
// expect-output: 3:country
// expect-output: [spaced]
// expect-output: [words]
// expect-output: null
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
  char line[] = "name,age,,city;country";
  int i = 0;
  for (char *t = strtok(line, ",;"); t; t = strtok(NULL, ",;")) printf("%d:%s\n", i++, t);
  char again[] = "  spaced   words  ";
  for (char *t = strtok(again, " "); t; t = strtok(NULL, " ")) printf("[%s]\n", t);
  char none[] = ",,,";
  printf("%s\n", strtok(none, ",") == NULL ? "null" : "token");
  return 0;
}
