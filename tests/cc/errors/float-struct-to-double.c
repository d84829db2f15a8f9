// expect-error: incompatible types when initializing type 'double' using type 'struct s'
struct s { double x; };
int main(void) { struct s v = { 1.0 }; double d = v; return (int)d; }
