// expect: exit 42
// args: 40 2
#include <stdlib.h>
int main(int argc, char **argv) { return atoi(argv[1]) + atoi(argv[2]); }
