// expect-error: called object is not a function or function pointer (type 'int')
int main(void)
{
    int f = 0;
    return f(1);
}
