// expect-error: 'thing' redeclared as different kind of symbol
int thing;
int thing(void);
int main(void) { return 0; }
