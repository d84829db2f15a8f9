// expect-error: invalid application of 'sizeof' to a void type
int main(void)
{
    return sizeof(void);
}
