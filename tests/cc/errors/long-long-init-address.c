// expect-error: initializer element is not computable at load time
int g;
long long x = (long long)&g;
