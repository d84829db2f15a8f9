// expect-error: invalid type argument of unary '*'
int main(void) { int a = 1; return *a; }
