// expect-error: variable 'v' declared void
void v;
int main(void) { return 0; }
