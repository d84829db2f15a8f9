// expect-error: invalid initializer for 'struct s'
struct s { int a; };
int main(void)
{
    int x = 0;
    struct s v = x;
    return 0;
}
