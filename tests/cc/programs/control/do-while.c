// expect: exit 1
int main(void) { int n = 0; do { n++; } while (n < 0); return n; }
