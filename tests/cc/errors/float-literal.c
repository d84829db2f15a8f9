// expect-error: floating point is not supported
int main(void) { int x = 1.5; return x; }
