// expect-error: assignment to 'int (*)(int)' from 'int' makes pointer from integer without a cast [-Wint-conversion]
int main(void)
{
    int (*fp)(int);
    fp = 42;
    return 0;
}
