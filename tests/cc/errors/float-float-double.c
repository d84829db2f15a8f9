// expect-error: two or more data types in declaration specifiers
int main(void) { float double x = 1; return (int)x; }
