// expect-error: conflicting types for 'g'; have 'char'
int g;
char g;
