// expect-error: request for member 'a' in something not a structure or union
struct s { int a; };
int main(void)
{
    struct s v, *p = &v;
    return p.a;
}
