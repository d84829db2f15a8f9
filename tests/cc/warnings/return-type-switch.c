// expect-warning: control reaches end of non-void function [-Wreturn-type]
int name(int x)
{
    switch (x) {
    case 1: return 10;
    case 2: return 20;
    }
}
int main(void) { return name(1) - 10; }
