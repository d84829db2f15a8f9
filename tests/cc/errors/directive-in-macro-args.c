// expect-error: directive inside the arguments of macro 'F'
#define F(x) x
int v = F(
#define Y 1
1);
