// expect-error: incompatible type for argument 1 of 'f' (expected 'int', have 'struct p')
struct p { int x; };
int f(int v);
int main(void)
{
    struct p s;
    return f(s);
}
