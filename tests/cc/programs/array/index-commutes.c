// expect: exit 30
int main(void) { int a[3] = {10, 20, 30}; return 2[a]; }
