// expect-error: assignment of member 'y' in read-only object
struct pt { int x; int y; };
int f(const struct pt *p)
{
    p->y = 0;
    return 0;
}
int main(void) { return 0; }
