// expect: exit 8
static inline int cube(int x) { return x * x * x; }
int main(void) { return cube(2); }
