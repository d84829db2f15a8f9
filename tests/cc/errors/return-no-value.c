// expect-error: 'return' with no value, in function returning non-void [-Wreturn-mismatch]
int f(int x)
{
    if (x) return;
    return 1;
}
int main(void) { return f(0); }
