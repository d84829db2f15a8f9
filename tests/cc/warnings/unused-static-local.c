// expect-warning: unused variable 'count' [-Wunused-variable]
int main(void)
{
    static int count = 4;
    return 0;
}
