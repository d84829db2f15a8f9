// expect: exit 6
int main(void) { int x = 0; { x++; { x++; { x++; { x++; { x++; { x++; } } } } } } return x; }
