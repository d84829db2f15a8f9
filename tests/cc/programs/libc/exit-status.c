// expect: exit 17
// expect-output: before
#include <stdio.h>
#include <stdlib.h>
void die(void) { exit(17); }
int main(void) { printf("before\n"); die(); printf("after\n"); return 0; }
