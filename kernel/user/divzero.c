/* divzero.c: integer division by zero.
 * Expected: killed with "[program killed: divide error]", status 136. */
#include <stdio.h>

int main(int argc, char **argv)
{
    volatile int zero = 0;
    int result = 100 / zero;
    printf("divzero: 100 / 0 = %d\n", result);
    return 1;
}
