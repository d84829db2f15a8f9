// expect: exit 0
// expect-output: 3
#include <stdio.h>
int counter;
void bump(void) { counter++; return; }
int main(void) { bump(); bump(); bump(); printf("%d\n", counter); return 0; }
