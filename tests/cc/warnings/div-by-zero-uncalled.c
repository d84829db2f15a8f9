// expect-warning: division by zero [-Wdiv-by-zero]
// A function that is never called may divide by zero: it is no compile error.
int never(int x) { return x % 0; }
int main(void) { return 0; }
