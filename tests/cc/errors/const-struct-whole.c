// expect-error: assignment of read-only variable 'a'
struct pt { int x; };
int main(void)
{
    const struct pt a = { 1 };
    struct pt b = { 2 };
    a = b;
    return 0;
}
