// expect-error: conflicting types for 'f'
int f(int a);
int f(int a, int b) { return a + b; }
int main(void) { return 0; }
