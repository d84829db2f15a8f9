// expect-error: invalid operands to binary >> (have 'int' and 'double')
int main(void) { int x = 8; double n = 1; return x >> n; }
