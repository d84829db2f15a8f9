// expect: exit 1
int main(void) { int r = 0; { r = 1; goto end; r = 2; end: } return r; }
