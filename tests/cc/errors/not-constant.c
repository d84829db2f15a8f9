// expect-error: initializer element is not constant
int f(void);
int x = f();
