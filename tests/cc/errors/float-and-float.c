// expect-error: invalid operands to binary & (have 'float' and 'int')
int main(void) { float f = 3.0f; return f & 1; }
