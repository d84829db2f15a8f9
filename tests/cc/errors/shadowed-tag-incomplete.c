// expect-error: invalid use of incomplete type 'struct s'
struct s { int a; };
int main(void)
{
    struct s;
    struct s *p = 0;
    return p->a;
}
