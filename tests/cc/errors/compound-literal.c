// expect-error: compound literals are not supported
struct p { int x; };
int main(void) { struct p *q = &(struct p){1}; return 0; }
