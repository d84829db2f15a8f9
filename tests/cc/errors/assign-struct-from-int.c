// expect-error: incompatible types when assigning to type 'struct s' from type 'int'
struct s { int a; };
int main(void) { struct s v; v = 1; return 0; }
