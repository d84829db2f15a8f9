/* The debugger sample: a call chain three deep below main with a struct, an
 * array, a pointer, a char and an unsigned; the deepest call makes a system
 * call (printf is the kernel's), so a backtrace from inside the kernel shows
 * the kernel frames, the trap and these user frames. Prints "total 23" and
 * exits with 23. */
#include <stdio.h>

struct point {
    int x;
    int y;
    char tag;
};

int total;
unsigned int hits = 4000000000u;
int squares[6] = {0, 1, 4, 9, 16, 25};
const char *label = "pt";

static int depth3(int *slot, char mark)
{
    int before = *slot;
    *slot = before + mark - 'a';
    printf("total %d\n", *slot);
    return *slot;
}

int depth2(struct point *p, unsigned int scale)
{
    int sum = p->x + p->y;
    total = sum * scale;
    return depth3(&total, p->tag);
}

int depth1(int n)
{
    struct point pt;
    int arr[3];
    pt.x = n;
    pt.y = n + 1;
    pt.tag = 'c';
    arr[0] = 10;
    arr[1] = 20;
    arr[2] = 30;
    return depth2(&pt, 3) + arr[1] - 20;
}

int main(void)
{
    int result = depth1(3);
    hits = hits + 1;
    return result;
}
