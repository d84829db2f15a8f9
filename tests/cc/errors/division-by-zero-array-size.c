// expect-error: expression is not an integer constant
int a[4 % 0];
int main(void) { return 0; }
