// expect: exit 2
#define V 1
#undef V
#define V 2
int main(void) { return V; }
