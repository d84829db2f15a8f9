// expect: exit 6
int main(void) { return sizeof "hello"; }
