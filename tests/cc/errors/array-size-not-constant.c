// expect-error: expression is not an integer constant
int n;
int a[n];
