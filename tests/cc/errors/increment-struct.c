// expect-error: wrong type argument to increment
struct s { int a; };
int main(void)
{
    struct s v;
    v++;
    return 0;
}
