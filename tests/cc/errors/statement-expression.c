// expect-error: statement expressions are not supported
int main(void) { return ({ 1; }); }
