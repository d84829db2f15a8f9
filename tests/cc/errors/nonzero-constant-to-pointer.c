// expect-error: initialization of 'void *' from 'int' makes pointer from integer without a cast [-Wint-conversion]
int main(void)
{
    void *p = 1;
    return p == 0;
}
