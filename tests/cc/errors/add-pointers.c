// expect-error: invalid operands to '+' ('int *' and 'int *')
int main(void)
{
    int a[2];
    int *p = a, *q = a;
    return *(p + q);
}
