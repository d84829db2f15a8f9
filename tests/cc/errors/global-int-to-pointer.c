// expect-error: initialization of 'int *' from 'int' makes pointer from integer without a cast [-Wint-conversion]
int *p = 4096;
int main(void) { return 0; }
