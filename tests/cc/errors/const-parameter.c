// expect-error: assignment of read-only variable 'n'
int f(const int n)
{
    n = 2;
    return n;
}
int main(void) { return 0; }
