// expect-error: invalid operand to '==' (have 'struct s')
struct s { int a; };
int main(void)
{
    struct s a, b;
    return a == b;
}
