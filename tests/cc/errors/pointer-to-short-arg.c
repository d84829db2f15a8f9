// expect-error: passing argument 1 of 'f' makes integer from pointer without a cast [-Wint-conversion]
int f(short s);
int main(void)
{
    int x;
    return f(&x);
}
