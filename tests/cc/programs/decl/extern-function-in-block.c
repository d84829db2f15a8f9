// expect: exit 4
int main(void) { int helper(int); return helper(2); }
int helper(int x) { return x * 2; }
