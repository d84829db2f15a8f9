// expect: exit 0
// expect-output: write read (none)
#include <stdio.h>
enum { SYS_READ = 1, SYS_WRITE = 3, NSYS = 5 };
const char *names[NSYS] = { [SYS_WRITE] = "write", [SYS_READ] = "read" };
int main(void) { printf("%s %s %s\n", names[3], names[1], names[0] ? names[0] : "(none)"); return 0; }
