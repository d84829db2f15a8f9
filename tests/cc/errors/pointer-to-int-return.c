// expect-error: returning 'int *' from a function with return type 'int' makes integer from pointer without a cast [-Wint-conversion]
int g;
int f(void)
{
    return &g;
}
int main(void) { return f(); }
