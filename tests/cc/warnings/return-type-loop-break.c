// expect-warning: control reaches end of non-void function [-Wreturn-type]
int find(int *a, int n)
{
    for (;;) {
        if (n-- == 0) break;
        if (a[n] == 7) return n;
    }
}
int main(void) { int a[2] = {7, 1}; return find(a, 2); }
