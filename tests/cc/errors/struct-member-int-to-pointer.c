// expect-error: initialization of 'char *' from 'int' makes pointer from integer without a cast [-Wint-conversion]
struct s { int n; char *name; };
struct s one = { 1, 2 };
int main(void) { return 0; }
