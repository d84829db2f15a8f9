// expect-error: invalid operands to binary | (have 'double' and 'int')
int main(void) { double d = 1.0; d |= 4; return 0; }
