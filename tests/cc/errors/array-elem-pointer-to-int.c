// expect-error: initialization of 'int' from 'int *' makes integer from pointer without a cast [-Wint-conversion]
int g;
int main(void)
{
    int a[2] = { 1, &g };
    return a[0];
}
