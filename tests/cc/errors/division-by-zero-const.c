// expect-error: initializer element is not constant
int x = 1 / 0;
