// expect-error: asm operands are not supported; write plain assembly text
int main(void) { asm("nop" : : ); return 0; }
