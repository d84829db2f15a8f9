// expect-error: invalid operands to binary ^ (have 'int' and 'double')
int main(void) { return 1 ^ 2.0; }
