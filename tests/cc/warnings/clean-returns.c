// No warnings: every path returns, or ends in a function that does not return.
#include <stdlib.h>
int classify(int x)
{
    if (x > 0) return 1;
    else if (x < 0) return -1;
    else return 0;
}
int loop(int n)
{
    while (1) {
        if (n > 10) return n;
        n++;
    }
}
int pick(int x)
{
    switch (x) {
    case 1: return 5;
    default: return 6;
    }
}
int die(int code)
{
    exit(code);
}
int retry(int n)
{
again:
    if (n < 3) { n++; goto again; }
    return n;
}
int dowhile(int n)
{
    do { return n; } while (0);
}
int main(void) { return classify(0) + loop(11) - 11 + pick(2) - 6 + retry(0) - 3 + dowhile(0); }
