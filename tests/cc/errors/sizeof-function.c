// expect-error: invalid application of 'sizeof' to a function type
int f(void);
int main(void)
{
    return sizeof(int (void));
}
