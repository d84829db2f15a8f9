// expect-warning: overflow in conversion from 'double' to 'int' changes value from '1.0e+10' to '2147483647' [-Woverflow]
// expect-warning: overflow in conversion from 'double' to 'unsigned int' changes value from '-1.5e+0' to '0' [-Woverflow]
// expect-warning: overflow in conversion from 'double' to 'char' changes value from '3.005e+2' to '127' [-Woverflow]
/* A floating constant outside the integer type's range: gcc folds it saturated. */
int a = 1e10;
unsigned b = -1.5;
char c = 300.5;
short d = 1.5;          /* in range: truncated without a warning */
int main(void) { return a + b + c + d; }
