// expect-error: assignment to 'struct s *' from incompatible pointer type 'struct s *' [-Wincompatible-pointer-types]
struct s { int a; };
struct s *outer;
int main(void)
{
    struct s { char c; } inner;
    outer = &inner;
    return 0;
}
