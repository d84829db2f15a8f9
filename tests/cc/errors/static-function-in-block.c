// expect-error: invalid storage class for function 'inner'
int main(void)
{
    static int inner(void);
    return 0;
}
