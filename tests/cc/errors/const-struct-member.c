// expect-error: assignment of member 'x' in read-only object
struct pt { int x; int y; };
int main(void)
{
    const struct pt p = { 1, 2 };
    p.x = 3;
    return p.x;
}
