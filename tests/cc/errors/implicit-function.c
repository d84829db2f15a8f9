// expect-error: implicit declaration of function 'foo'
int main(void) { return foo(1); }
