// expect-error: redefinition of 'f'
int f(void) { return 1; }
int f(void) { return 2; }
