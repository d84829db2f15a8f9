// expect: exit 8
int f(int x) { return x * 2; }
#define foo foo
#define f(x) f((x) + 1)
int main(void) { int foo = 3; return f(foo); }
