// expect: exit 0
// expect-output: bob:25 ann:31 cid:40
#include <stdio.h>
struct p { char *name; int age; };
int main(void) {
  struct p ps[3] = {{"cid", 40}, {"ann", 31}, {"bob", 25}};
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (ps[j].age < ps[i].age) { struct p t = ps[i]; ps[i] = ps[j]; ps[j] = t; }
  printf("%s:%d %s:%d %s:%d\n", ps[0].name, ps[0].age, ps[1].name, ps[1].age, ps[2].name, ps[2].age);
  return 0;
}
