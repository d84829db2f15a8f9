// expect-error: initialization of 'union u *' from incompatible pointer type 'int *' [-Wincompatible-pointer-types]
union u { int i; char c; };
int main(void)
{
    int x;
    union u *p = &x;
    return 0;
}
