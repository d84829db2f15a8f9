// expect-warning: overflow in conversion from 'int' to 'short int' changes value from '40000' to '-25536' [-Woverflow]
int twice(short s) { return s * 2; }
int main(void) { return twice(40000) != 0; }
