// expect-error: void value not ignored as it ought to be
void g(void);
int f(void)
{
    return g();
}
int main(void) { return 0; }
