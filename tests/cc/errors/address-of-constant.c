// expect-error: lvalue required as unary '&' operand
int main(void)
{
    int *p = &5;
    return 0;
}
