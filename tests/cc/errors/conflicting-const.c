// expect-error: conflicting type qualifiers for 'limit'
extern const int limit;
int limit;
int main(void) { return 0; }
