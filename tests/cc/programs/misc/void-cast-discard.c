// expect: exit 3
int f(void) { return 3; }
int main(void) { (void)f(); return f(); }
