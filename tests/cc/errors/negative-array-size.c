// expect-error: size of array is negative
int a[-1];
