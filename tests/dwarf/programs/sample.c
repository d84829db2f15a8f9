/* The DWARF sample: every kind of type cc describes, locals, parameters,
 * globals and a call chain three deep. Prints "counter 17 arr 20 word 4 big 137"
 * and exits with 42. */
#include <stdio.h>

struct point {
    int x;
    int y;
    char tag;
};

union word {
    unsigned int u;
    unsigned char bytes[4];
};

int counter;
static long long big = 0x123456789LL;
const char *greeting = "hi";
unsigned short table[5] = {1, 2, 3, 4, 5};

static int depth3(int v)
{
    int doubled = v * 2;
    counter = counter + doubled;
    return doubled;
}

int depth2(int v)
{
    int r = depth3(v + 1);
    return r + 1;
}

int depth1(struct point *p)
{
    int sum = p->x + p->y;
    return depth2(sum);
}

int main(void)
{
    struct point pt;
    int arr[3];
    union word w;
    pt.x = 3;
    pt.y = 4;
    pt.tag = 'p';
    arr[0] = 10;
    arr[1] = 20;
    arr[2] = 30;
    w.u = 0x01020304;
    counter = depth1(&pt);
    printf("counter %d arr %d word %d big %d\n", counter, arr[1], w.bytes[0], (int)(big & 0xff));
    return counter + arr[1] + 4 - w.bytes[0] - (int)(big & 0xff) + 0x89 + greeting[0] - 'h' + table[4] - 5 - 35 + 40;
}
