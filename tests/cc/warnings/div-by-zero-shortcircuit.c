// expect-warning: division by zero [-Wdiv-by-zero]
int main(void) { return 0 && (1 / 0); }
