// expect-error: too many arguments to function 'f'; expected 0, have 1
int f(void);
int main(void)
{
    return f(1);
}
