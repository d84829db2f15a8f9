// expect-error: invalid operand to '*' (have 'int *')
int main(void)
{
    int a[2];
    int *p = a;
    return p * 2 != 0;
}
