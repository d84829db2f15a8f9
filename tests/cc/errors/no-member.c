// expect-error: 'struct p' has no member named 'z'
struct p { int x, y; };
int main(void) { struct p v; return v.z; }
