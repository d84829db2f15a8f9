// No warnings: '0 && (1 / 0)' never divides (gcc is quiet about it too), and
// the result is the constant 0, usable where a constant is needed.
int never(void) { return 0 && (1 / 0); }
int always(void) { return 1 || (1 % 0); }
int sized(void) { return (int)sizeof(1 / 0); }
int table[(0 && (1 / 0)) + 2];
int main(void)
{
    switch (never()) {
    case 0 && (2 / 0): return always() - 1 + (int)sizeof table - 8 + sized() - 4;
    }
    return 1;
}
