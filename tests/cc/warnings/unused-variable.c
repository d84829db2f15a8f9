// expect-warning: unused variable 'spare' [-Wunused-variable]
int main(void)
{
    int used = 3;
    int spare;
    return used - 3;
}
