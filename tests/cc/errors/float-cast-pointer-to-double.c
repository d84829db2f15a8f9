// expect-error: pointer value used where a floating-point was expected
int main(void) { int x; double d = (double)&x; return d > 0; }
