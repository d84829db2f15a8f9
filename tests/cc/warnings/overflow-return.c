// expect-warning: overflow in conversion from 'long long int' to 'int' changes value from '4294967296' to '0' [-Woverflow]
int f(void) { return 0x100000000LL; }
int main(void) { return f(); }
