// expect: exit 0
// expect-output: 7
// expect-output: 2.5
// expect-output: -0.75
// expect-output: 1998.5
// expect-output: division by zero
// expect-output: unknown operator %
/* A calculator reading lines like "3.5 * 2" from stdin. */
// stdin: 3.5 * 2
// stdin: 10 / 4
// stdin: -1.25 + 0.5
// stdin: 2e3 - 1.5
// stdin: 1 / 0
// stdin: 7 % 2
#include <stdio.h>
int main(void)
{
    double a, b;
    char op;
    while (scanf("%lf %c %lf", &a, &op, &b) == 3) {
        switch (op) {
        case '+': printf("%g\n", a + b); break;
        case '-': printf("%g\n", a - b); break;
        case '*': printf("%g\n", a * b); break;
        case '/':
            if (b == 0) printf("division by zero\n");
            else printf("%g\n", a / b);
            break;
        default: printf("unknown operator %c\n", op);
        }
    }
    return 0;
}
