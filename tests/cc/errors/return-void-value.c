// expect-error: 'return' with a value, in function returning void [-Wreturn-mismatch]
void f(void) { return 1; }
