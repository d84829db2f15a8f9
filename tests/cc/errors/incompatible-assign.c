// expect-error: assignment to 'int *' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]
int main(void)
{
    char c = 0;
    int *p;
    p = &c;
    return 0;
}
