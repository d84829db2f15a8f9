// expect-error: incompatible type for argument 1 of 'f' (expected 'struct s', have 'int')
struct s { int a; };
int f(struct s v) { return v.a; }
int main(void) { return f(3); }
