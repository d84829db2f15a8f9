// expect-error: too few arguments to function 'fp'; expected 1, have 0
int main(void)
{
    int (*fp)(int) = 0;
    return (*fp)();
}
