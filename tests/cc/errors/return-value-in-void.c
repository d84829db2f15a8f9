// expect-error: 'return' with a value, in function returning void [-Wreturn-mismatch]
void f(int x)
{
    return x + 1;
}
int main(void) { return 0; }
