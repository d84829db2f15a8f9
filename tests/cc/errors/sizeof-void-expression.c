// expect-error: invalid application of 'sizeof' to a void type
void f(void);
int main(void)
{
    return sizeof f();
}
