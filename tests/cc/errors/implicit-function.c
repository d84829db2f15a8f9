// expect-error: implicit declaration of function 'foo' (declare it or include its header)
int main(void) { return foo(1); }
