// expect-error: called object is not a function or function pointer
int main(void) { int x = 0; return x(); }
