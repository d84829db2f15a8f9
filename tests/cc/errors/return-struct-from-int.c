// expect-error: incompatible types when returning type 'int' but 'struct s' was expected
struct s { int a; };
struct s f(void)
{
    return 1;
}
int main(void) { return 0; }
