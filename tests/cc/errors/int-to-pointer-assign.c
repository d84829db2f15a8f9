// expect-error: assignment to 'char *' from 'int' makes pointer from integer without a cast [-Wint-conversion]
int main(void)
{
    char *p;
    p = 1;
    return 0;
}
