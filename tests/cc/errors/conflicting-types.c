// expect-error: conflicting types for 'g'
int g;
char g;
