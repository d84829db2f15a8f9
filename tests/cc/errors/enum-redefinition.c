// expect-error: redeclaration of 'enum color'
enum color { RED };
enum color { BLUE };
int main(void) { return 0; }
