// expect: exit 0
// expect-output: 97 10 0 92 39 65 7
#include <stdio.h>
int main(void) { printf("%d %d %d %d %d %d %d\n", 'a', '\n', '\0', '\\', '\'', '\101', '\a'); return 0; }
