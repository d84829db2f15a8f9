// expect: exit 0
// expect-output: greetings
#include <stdio.h>
char *msg = "greetings";
int main(void) { printf("%s\n", msg); return 0; }
