// expect-error: extern declaration of 'x' follows declaration with no linkage
int main(void)
{
    int x = 1;
    extern int x;
    return x;
}
