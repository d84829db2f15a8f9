// expect: exit 1
int main(int argc, char **argv) { return argc; }
