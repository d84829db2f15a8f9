// expect-error: floating point is not supported
int main(void) { float f = 1; return 0; }
