// expect-error: redefinition of parameter 'n'
int f(int n, char *s, int n)
{
    return n;
}
int main(void) { return 0; }
