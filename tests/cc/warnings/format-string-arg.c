// expect-warning: format '%s' expects argument of type 'char *', but argument 3 has type 'int' [-Wformat=]
#include <stdio.h>
int main(void) { printf("%d %s\n", 1, 2); return 0; }
