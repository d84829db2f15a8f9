// expect-error: size of array 'a' has non-integer type
int main(void) { int a[2.0]; a[0] = 1; return a[0]; }
