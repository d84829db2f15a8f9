// expect-error: invalid operands to '+' ('int *' and 'int *')
int main(void) { int a, b; return &a + &b; }
