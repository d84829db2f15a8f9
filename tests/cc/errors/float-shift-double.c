// expect-error: invalid operands to binary << (have 'double' and 'int')
int main(void) { double d = 1.0; d = d << 2; return 0; }
