// expect-error: both 'long' and 'float' in declaration specifiers
int main(void) { long float x = 1; return (int)x; }
