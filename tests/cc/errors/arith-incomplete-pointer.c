// expect-error: arithmetic on a pointer to incomplete type 'struct x'
struct x;
struct x *next(struct x *p) { return p + 1; }
