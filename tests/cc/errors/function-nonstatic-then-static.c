// expect-error: static declaration of 'helper' follows non-static declaration
int helper(void);
static int helper(void) { return 1; }
int main(void) { return helper(); }
