// expect-error: redefinition of 'struct s'
struct s { int a; };
struct s { int b; };
