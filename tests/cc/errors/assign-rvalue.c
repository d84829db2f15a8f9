// expect-error: lvalue required as left operand of assignment
int main(void) { 1 = 2; return 0; }
