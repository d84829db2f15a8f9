// expect-error: initialization of 'int (*)[3]' from incompatible pointer type 'int (*)[4]' [-Wincompatible-pointer-types]
int main(void)
{
    int a[2][4];
    int (*p)[3] = a;
    return 0;
}
