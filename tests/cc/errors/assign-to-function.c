// expect-error: lvalue required as left operand of assignment
int f(void);
int g(void);
int main(void)
{
    f = g;
    return 0;
}
