// expect: exit 0
// expect-output: ok
#include <stdio.h>
#include <unistd.h>
int main(void) { printf(getpid() > 0 ? "ok\n" : "bad\n"); return 0; }
