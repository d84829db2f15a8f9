// expect-error: too few arguments to function 'add'; expected 2, have 1
int add(int a, int b);
int main(void)
{
    return add(1);
}
