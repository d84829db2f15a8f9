// expect-error: redefinition of 'n'
int main(void)
{
    int n;
    static int n;
    return 0;
}
