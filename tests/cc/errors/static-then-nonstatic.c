// expect-error: non-static declaration of 'x' follows static declaration
static int x;
int x;
int main(void) { return x; }
