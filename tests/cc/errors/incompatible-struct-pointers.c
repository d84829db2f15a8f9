// expect-error: initialization of 'struct a *' from incompatible pointer type 'struct b *' [-Wincompatible-pointer-types]
struct a { int x; };
struct b { int x; };
int main(void)
{
    struct b v;
    struct a *p = &v;
    return 0;
}
