// expect: exit 0
// expect-output: 24 4 20
// expect-output: m 2.50 -2.00 3
/* Structs holding doubles: layout, by-value arguments and results. */
#include <stdio.h>
#include <stddef.h>
struct point { char tag; double x; double y; int id; };
static struct point mid(struct point a, struct point b)
{
    struct point m;
    m.tag = 'm';
    m.x = (a.x + b.x) / 2;
    m.y = (a.y + b.y) / 2;
    m.id = a.id + b.id;
    return m;
}
int main(void)
{
    struct point p = { 'p', 1.0, 2.0, 1 }, q = { 'q', 4.0, -6.0, 2 };
    struct point m = mid(p, q);
    printf("%d %d %d\n", (int)sizeof(struct point), (int)offsetof(struct point, x), (int)offsetof(struct point, id));
    printf("%c %.2f %.2f %d\n", m.tag, m.x, m.y, m.id);
    return 0;
}
