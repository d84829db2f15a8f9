// expect-error: bit-fields are not supported
struct s { int a : 3; };
