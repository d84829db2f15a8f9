/* echo.c: a program with a builtin's name, as `ringside run echo.c` would
 * bring one: `run echo ...` must run it, plain `echo ...` the builtin. */
#include <stdio.h>

int main(int argc, char **argv)
{
    int i;
    printf("the echo program:");
    for (i = 1; i < argc; i++)
        printf(" %s", argv[i]);
    printf("\n");
    return 3;
}
