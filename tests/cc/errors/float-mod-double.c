// expect-error: invalid operands to binary % (have 'double' and 'int')
int main(void) { double d = 7.5; return d % 2; }
