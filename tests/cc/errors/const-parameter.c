// expect-error: assignment of read-only parameter 'n'
int f(const int n)
{
    n = 2;
    return n;
}
int main(void) { return 0; }
