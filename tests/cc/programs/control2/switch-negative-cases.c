// expect: exit 0
// expect-output: neg zero pos
#include <stdio.h>
void f(int x) { switch (x) { case -1: printf("neg "); break; case 0: printf("zero "); break; case 1: printf("pos\n"); } }
int main(void) { f(-1); f(0); f(1); return 0; }
