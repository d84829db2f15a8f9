// expect-error: used 'struct s' where a scalar is required
struct s { int a; };
int main(void)
{
    struct s v;
    if (v) return 1;
    return 0;
}
