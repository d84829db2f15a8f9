// expect: exit 13
int len(const char *s) { int n = 0; while (*s++) n++; return n; }
int main(void) { return len("Hello, world!"); }
