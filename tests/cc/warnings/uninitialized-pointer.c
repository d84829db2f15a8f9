// expect-warning: 'p' is used uninitialized [-Wuninitialized]
int main(void)
{
    char *p;
    return *p;
}
