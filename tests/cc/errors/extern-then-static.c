// expect-error: static declaration of 'n' follows non-static declaration
extern int n;
static int n = 1;
int main(void) { return n; }
