// expect-error: incompatible types when assigning to type 'int' from type 'struct s'
struct s { int a; };
int main(void)
{
    struct s v;
    int x;
    x = v;
    return x;
}
