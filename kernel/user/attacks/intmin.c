/* intmin.c: INT_MIN / -1: the quotient does not fit in 32 bits (#DE).
 * expect: killed divide error 136 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    volatile int a = -2147483647 - 1;
    volatile int b = -1;
    int q = a / b;
    printf("intmin: INT_MIN / -1 = %d\n", q);
    return 1;
}
