// expect-error: request for member 'x' in something not a structure or union
int main(void) { int a; return a.x; }
