// expect-error: initialization of 'int (*)(int)' from incompatible pointer type 'int (*)(void)' [-Wincompatible-pointer-types]
int f(void) { return 0; }
int main(void)
{
    int (*fp)(int) = f;
    return fp(1);
}
