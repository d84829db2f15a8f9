// expect-error: 'thing' redeclared as different kind of symbol
int thing(void);
int thing;
int main(void) { return 0; }
