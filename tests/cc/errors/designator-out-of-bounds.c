// expect-error: array index 5 in initializer exceeds array bounds
int a[3] = { [5] = 1 };
