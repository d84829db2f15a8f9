// expect-error: conflicting types for 'f'
int f(void);
char f(void);
int main(void) { return 0; }
