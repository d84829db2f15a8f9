// expect-error: invalid application of 'sizeof' to incomplete type 'int[]'
extern int table[];
int main(void)
{
    return sizeof table;
}
