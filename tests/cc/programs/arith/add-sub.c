// expect: exit 21
int main(void) { return 5 + 20 - 4; }
