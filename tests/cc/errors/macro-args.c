// expect-error: macro 'F' expects 2 arguments, got 1
#define F(a, b) a + b
int x = F(1);
