/* neglen.c: write() with a negative length (-1 is 0xFFFFFFFF bytes).
 * expect: refused */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char buf[4];
    int n;
    buf[0] = 0;
    n = write(1, buf, -1);
    if (n != -1) {
        printf("neglen: write returned %d\n", n);
        return 1;
    }
    printf("neglen: refused\n");
    return 0;
}
