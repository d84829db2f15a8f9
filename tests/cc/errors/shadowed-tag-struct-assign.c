// expect-error: incompatible types when assigning to type 'struct s' from type 'struct s'
struct s { int a; };
struct s g;
int main(void)
{
    struct s { int a; } l;
    g = l;
    return 0;
}
