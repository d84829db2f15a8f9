// expect-error: assignment to 'int *' from 'long long int' makes pointer from integer without a cast [-Wint-conversion]
int main(void)
{
    long long v = 0;
    int *p;
    p = v;
    return 0;
}
