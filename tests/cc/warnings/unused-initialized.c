// expect-warning: unused variable 'p' [-Wunused-variable]
int g;
int main(void)
{
    int *p = &g;
    return 0;
}
