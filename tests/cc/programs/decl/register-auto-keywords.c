// expect: exit 6
int main(void) { register int a = 2; auto int b = 4; return a + b; }
