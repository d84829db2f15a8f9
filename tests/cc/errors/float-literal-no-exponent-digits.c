// expect-error: exponent has no digits
int main(void) { double d = 1e+; return (int)d; }
