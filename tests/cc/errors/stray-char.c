// expect-error: stray character '@' in program
int main(void) { return @; }
