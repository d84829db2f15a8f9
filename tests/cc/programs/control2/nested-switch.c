// expect: exit 0
// expect-output: a1 a2 b
#include <stdio.h>
void f(int x, int y) {
  switch (x) {
    case 1:
      switch (y) { case 1: printf("a1 "); break; case 2: printf("a2 "); break; }
      break;
    case 2: printf("b\n"); break;
  }
}
int main(void) { f(1, 1); f(1, 2); f(2, 0); return 0; }
