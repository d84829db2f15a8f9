// expect-error: type mismatch in conditional expression ('struct s' and 'int')
struct s { int a; };
int main(int argc, char **argv)
{
    struct s v;
    int x = 0;
    (void)(argc ? v : x);
    return 0;
}
