// expect-error: initialization of 'int' from 'int *' makes integer from pointer without a cast [-Wint-conversion]
int g;
int x = &g;
int main(void) { return 0; }
