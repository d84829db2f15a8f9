// expect: exit 0
// expect-output: zero
// expect-output: one
// expect-output: other
// expect-output: minus one
/* switch on a double converted to int. */
#include <stdio.h>
int main(void)
{
    double v[] = { 0.2, 1.9, 2.5, -1.5 };
    int i;
    for (i = 0; i < 4; i++) {
        switch ((int)v[i]) {
        case 0: printf("zero\n"); break;
        case 1: printf("one\n"); break;
        case -1: printf("minus one\n"); break;
        default: printf("other\n");
        }
    }
    return 0;
}
