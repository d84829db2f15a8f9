// expect: exit 9
asm("section .text\nglobal nine\nnine:\n    mov eax, 9\n    ret");
int nine(void);
int main(void) { return nine(); }
