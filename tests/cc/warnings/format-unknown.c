// expect-warning: unknown conversion type character 'y' in format [-Wformat=]
#include <stdio.h>
int main(void) { printf("%y\n", 1); return 0; }
