// expect-error: 'y' undeclared
int main(void) { return y; }
