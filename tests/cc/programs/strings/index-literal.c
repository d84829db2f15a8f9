// expect: exit 101
int main(void) { return "hello"[1]; }
