// expect-error: array subscript is not an integer
int main(void) { int a[4] = {0}; double i = 1.0; return a[i]; }
