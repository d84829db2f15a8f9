// expect-error: invalid type argument of unary '*' (have 'int')
int main(void) { int a = 1; return *a; }
