// expect-warning: format '%d' expects argument of type 'int *', but argument 2 has type 'int' [-Wformat=]
int scanf(const char *fmt, ...);
int main(void) { int n = 0; scanf("%d", n); return n; }
