// expect-error: invalid operands to binary < (have 'int *' and 'double')
int main(void) { int x; int *p = &x; return p < 1.0; }
