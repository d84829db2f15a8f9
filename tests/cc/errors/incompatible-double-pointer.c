// expect-error: initialization of 'char **' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]
int main(void)
{
    char buf[2];
    char **pp = buf;
    return 0;
}
