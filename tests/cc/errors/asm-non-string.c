// expect-error: expected a string literal in asm statement
int main(void) { asm(42); return 0; }
