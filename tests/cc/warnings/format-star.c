// expect-warning: field width specifier '*' expects argument of type 'int', but argument 2 has type 'char *' [-Wformat=]
#include <stdio.h>
int main(void) { printf("%*d\n", "w", 5); return 0; }
