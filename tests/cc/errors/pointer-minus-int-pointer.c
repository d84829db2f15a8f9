// expect-error: invalid operands to '-' ('int' and 'int *')
int main(void)
{
    int a[2];
    return 1 - a;
}
