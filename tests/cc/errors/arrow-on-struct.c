// expect-error: invalid type argument of unary '*' (have 'struct s')
struct s { int a; };
int main(void)
{
    struct s v;
    return v->a;
}
