// expect-error: assignment to 'const char **' from incompatible pointer type 'char **' [-Wincompatible-pointer-types]
int main(int argc, char **argv)
{
    const char **p;
    p = argv;
    return argc;
}
