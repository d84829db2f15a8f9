// expect-error: invalid application of 'sizeof' to incomplete type 'struct later'
struct later;
int n = sizeof(struct later);
