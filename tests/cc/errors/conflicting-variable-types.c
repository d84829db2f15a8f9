// expect-error: conflicting types for 'v'
int v;
char v;
int main(void) { return 0; }
