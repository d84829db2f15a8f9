// expect-error: 'void' must be the only parameter
int f(int a, void);
