// expect-error: returning 'short int *' from a function with incompatible return type 'int *' [-Wincompatible-pointer-types]
short s;
int *f(void)
{
    return &s;
}
int main(void) { return 0; }
