// expect-error: incompatible type for argument 1 of 'f'
struct s { int a; };
int f(struct s v) { return v.a; }
int main(void) { return f(3); }
