// expect-error: expected ';' after expression before 'return'
int main(void) { int x = 1; x = 2 return x; }
