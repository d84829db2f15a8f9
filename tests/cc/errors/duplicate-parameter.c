// expect-error: redefinition of parameter 'a'
int f(int a, int a);
int main(void) { return 0; }
