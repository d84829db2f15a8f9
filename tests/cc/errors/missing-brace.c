// expect-error: expected '}' at end of input
int main(void) { return 0;
