// expect-error: incompatible types when returning type 'int *' but 'double' was expected
int g;
double f(void) { return &g; }
int main(void) { return (int)f(); }
