// expect-error: initialization of 'char *' from incompatible pointer type 'int *' [-Wincompatible-pointer-types]
int main(void)
{
    int x = 0;
    char *p = &x;
    return *p;
}
