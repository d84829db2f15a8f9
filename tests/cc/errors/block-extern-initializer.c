// expect-error: 'x' has both 'extern' and initializer
int main(void)
{
    extern int x = 1;
    return x;
}
