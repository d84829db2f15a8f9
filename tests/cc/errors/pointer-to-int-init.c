// expect-error: initialization of 'int' from 'int *' makes integer from pointer without a cast [-Wint-conversion]
int g;
int main(void)
{
    int x = &g;
    return x;
}
