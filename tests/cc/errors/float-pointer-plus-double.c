// expect-error: invalid operands to binary + (have 'int *' and 'double')
int main(void) { int a[4]; int *p = a; double d = 1.0; p = p + d; return 0; }
