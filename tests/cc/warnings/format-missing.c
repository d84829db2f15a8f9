// expect-warning: format '%d' expects a matching 'int' argument [-Wformat=]
#include <stdio.h>
int main(void) { printf("%d\n"); return 0; }
