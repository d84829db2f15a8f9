// expect: exit 0
// expect-output: lo world
#include <stdio.h>
char msg[] = "hello world";
char *tail = msg + 3;
char *word = &msg[6];
int main(void) { printf("%c%c %s\n", tail[0], tail[1], word); return 0; }
