// No warnings: variables used only in sizeof, through (void), by address, or set in a loop.
void fill(int *p) { *p = 1; }
int main(int argc, char **argv)
{
    char c;
    int n;
    int i;
    int total = 0;
    int flag;
    (void)argv;
    fill(&n);
    for (i = 0; i < 3; i++) total += i;
    if (argc > 0) flag = 1; else flag = 2;
    return (int)sizeof(c) + n + total + flag - 6 - (argc > 0 ? 0 : 1);
}
