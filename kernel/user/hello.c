/* hello.c: the first program.
 * Expected: prints "Hello from ring 3!" and exits with status 0. */
#include <stdio.h>

int main(int argc, char **argv)
{
    printf("Hello from ring 3!\n");
    return 0;
}
