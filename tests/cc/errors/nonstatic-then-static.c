// expect-error: static declaration of 'counter' follows non-static declaration
int counter;
static int counter;
int main(void) { return counter; }
