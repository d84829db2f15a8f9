/* args.c: prints its arguments, one per line, as argv[i] = "...".
 * Expected: `run args a bc` prints argc = 3, then argv[0] = "args",
 * argv[1] = "a", argv[2] = "bc"; exit status 0. */
#include <stdio.h>

int main(int argc, char **argv)
{
    int i;
    printf("argc = %d\n", argc);
    for (i = 0; i < argc; i++)
        printf("argv[%d] = \"%s\"\n", i, argv[i]);
    if (argv[argc] != 0) {
        printf("argv[argc] is not a null pointer\n");
        return 1;
    }
    return 0;
}
