// expect-error: passing argument 1 of 'take' from incompatible pointer type [-Wincompatible-pointer-types]
int take(int *p);
int main(void)
{
    char c;
    return take(&c);
}
