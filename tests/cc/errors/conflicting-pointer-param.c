// expect-error: conflicting types for 'put'
void put(char *s);
void put(int *s);
int main(void) { return 0; }
