// expect-error: lvalue required as unary '&' operand
int main(void) { int *p = &3; return 0; }
