// No warnings: gcc checks constants for -Woverflow in assignments,
// initializers and returns, not in arguments.
int twice(short s) { return s * 2; }
int main(void) { return twice(40000) != -51072; }
