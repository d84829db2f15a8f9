// expect-error: invalid suffix "x" on floating constant
int main(void) { double d = 1.5x; return (int)d; }
