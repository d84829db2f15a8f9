// expect: exit 0
// expect-output: [   42] [42   ] [00042] [ff] [  x]
#include <stdio.h>
int main(void) { printf("[%5d] [%-5d] [%05d] [%x] [%3s]\n", 42, 42, 42, 255, "x"); return 0; }
