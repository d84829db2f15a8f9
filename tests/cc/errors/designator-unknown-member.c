// expect-error: 'struct s' has no member named 'zz'
struct s { int a; };
struct s v = { .zz = 1 };
