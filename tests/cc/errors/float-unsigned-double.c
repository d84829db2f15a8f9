// expect-error: both 'unsigned' and 'double' in declaration specifiers
int main(void) { unsigned double x = 1; return (int)x; }
