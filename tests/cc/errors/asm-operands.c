// expect-error: asm operands are not supported
int main(void) { asm("nop" : : ); return 0; }
