// expect: exit 0
// expect-output: 40 84
#include <stdio.h>
#include "helper.h"
#include "helper.h"
int main(void) { printf("%d %d\n", HELPER_VALUE, helper_twice(42)); return 0; }
