// expect-warning: format '%ld' expects argument of type 'long int', but argument 2 has type 'int' [-Wformat=]
// expect-warning: format '%lld' expects argument of type 'long long int', but argument 3 has type 'int' [-Wformat=]
#include <stdio.h>
int main(void) { printf("%ld %lld\n", 1, 2); return 0; }
