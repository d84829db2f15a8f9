// expect-error: 'return' with a value, in function returning void
void f(void) { return 1; }
