// expect-warning: control reaches end of non-void function [-Wreturn-type]
int sign(int x)
{
    if (x > 0) return 1;
    if (x < 0) return -1;
}
int main(void) { return sign(2) - 1; }
