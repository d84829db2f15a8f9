// expect-error: 'return' with no value, in function returning non-void [-Wreturn-mismatch]
char *f(void)
{
    return;
}
int main(void) { return 0; }
