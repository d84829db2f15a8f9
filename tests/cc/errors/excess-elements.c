// expect-error: excess elements in array initializer
int a[2] = {1, 2, 3};
