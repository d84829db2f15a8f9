// expect-error: assignment to an expression with array type 'int[2]'
int main(void) { int a[2], b[2]; a = b; return 0; }
