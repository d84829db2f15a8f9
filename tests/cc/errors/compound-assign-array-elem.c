// expect-error: assignment to 'int *' from 'int' makes pointer from integer without a cast [-Wint-conversion]
int main(void)
{
    int *ptrs[2];
    ptrs[1] = 3;
    return 0;
}
