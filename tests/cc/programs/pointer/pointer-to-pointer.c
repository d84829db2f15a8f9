// expect: exit 7
int main(void) { int x = 3; int *p = &x; int **pp = &p; **pp = 7; return x; }
