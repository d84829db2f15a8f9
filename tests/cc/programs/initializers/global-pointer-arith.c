// expect: exit 0
// expect-output: lo world
#include <stdio.h>
char msg[] = "hello world";
char *tail = msg + 3;
char *second = &msg[6];
int main(void) { printf("%c%c %s\n", tail[0], tail[1], second); return 0; }
