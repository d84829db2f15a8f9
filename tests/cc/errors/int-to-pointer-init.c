// expect-error: initialization of 'int *' from 'int' makes pointer from integer without a cast [-Wint-conversion]
int main(void)
{
    int *p = 5;
    return *p;
}
