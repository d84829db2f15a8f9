// expect: exit 3
#include <stdlib.h>
void deep(int n) { if (n == 0) exit(3); deep(n - 1); }
int main(void) { deep(10); return 0; }
