// expect: exit 15
int main(void) { int a[5] = {1, 2, 3, 4, 5}; int s = 0; for (int i = 0; i < 5; i++) s += a[i]; return s; }
