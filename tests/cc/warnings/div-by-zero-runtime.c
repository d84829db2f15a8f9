// expect-warning: division by zero [-Wdiv-by-zero]
// Division by a constant zero compiles (with gcc's warning) and is a #DE at run time:
// warnings.test.ts runs it, prints "before" and is killed with status 136.
#include <stdio.h>
int never_true(void) { return 0 && (1 / 0); }
int main(int argc, char **argv)
{
    (void)argv;
    printf("before\n");
    if (never_true() != 0) return 1;
    return argc / 0;
}
