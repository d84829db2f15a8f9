// expect-error: too many arguments to function 'neg'; expected 1, have 2
int neg(int a);
int main(void)
{
    return neg(1, 2);
}
