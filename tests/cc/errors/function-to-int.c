// expect-error: initialization of 'int' from 'int (*)(void)' makes integer from pointer without a cast [-Wint-conversion]
int main(void)
{
    int x = main;
    return x;
}
