// expect-error: 'struct s' has no member named 'a'
struct s { int a; };
int main(void)
{
    struct s { int b; } v;
    v.b = 1;
    return v.a;
}
