// expect-error: assignment of read-only variable 'c'
typedef const int cint;
int main(void)
{
    cint c = 1;
    c = 2;
    return c;
}
