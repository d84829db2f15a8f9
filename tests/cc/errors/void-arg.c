// expect-error: invalid use of void expression
void nothing(void);
int f(int v);
int main(void)
{
    return f(nothing());
}
