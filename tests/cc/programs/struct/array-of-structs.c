// expect: exit 0
// expect-output: ann 31
// expect-output: bob 42
#include <stdio.h>
struct person { char name[8]; int age; };
struct person people[2] = { {"ann", 31}, {"bob", 42} };
int main(void) {
  for (int i = 0; i < 2; i++) printf("%s %d\n", people[i].name, people[i].age);
  return 0;
}
