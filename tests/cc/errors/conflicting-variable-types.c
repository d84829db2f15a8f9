// expect-error: conflicting types for 'v'; have 'char'
int v;
char v;
int main(void) { return 0; }
