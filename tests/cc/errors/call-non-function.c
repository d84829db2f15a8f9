// expect-error: called object is not a function or function pointer (type 'int')
int main(void) { int x = 0; return x(); }
