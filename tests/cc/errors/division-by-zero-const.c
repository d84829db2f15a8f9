// expect-error: division by zero in constant expression
int x = 1 / 0;
