// expect: exit 0
// expect-output: 12
#include <stdio.h> // line comment after include
int /* here */ main(void) /* and here */ {
  int x = 10 /* inline */ + // to end of line
    2;
  printf("%d\n", x); /* done */
  return 0;
}
