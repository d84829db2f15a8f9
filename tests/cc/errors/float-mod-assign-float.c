// expect-error: invalid operands to binary % (have 'float' and 'int')
int main(void) { float f = 5.0f; f %= 2; return 0; }
