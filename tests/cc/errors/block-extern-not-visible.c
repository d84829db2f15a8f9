// expect-error: 'hidden' undeclared
int f(void)
{
    extern int hidden;
    return hidden;
}
int main(void)
{
    return hidden;
}
