// expect-error: invalid type argument of unary '*' (have 'double')
int main(void) { double d = 0.0; return *d; }
