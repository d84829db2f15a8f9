// expect-error: 'else' without a previous 'if'
int main(void) { else return 0; }
