// expect-warning: 'n' is used uninitialized [-Wuninitialized]
int main(void)
{
    int n;
    return n;
}
