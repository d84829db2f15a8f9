// expect-error: assignment to 'char *' from incompatible pointer type 'int *' [-Wincompatible-pointer-types]
int main(int argc, char **argv)
{
    int a, b;
    char *p;
    p = argc ? &a : &b;
    return 0;
}
