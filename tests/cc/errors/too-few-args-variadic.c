// expect-error: too few arguments to function 'log'; expected 2, have 1
int log(int level, const char *fmt, ...);
int main(void)
{
    return log(1);
}
