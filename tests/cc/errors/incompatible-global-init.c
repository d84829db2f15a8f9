// expect-error: initialization of 'long long int *' from incompatible pointer type 'int *' [-Wincompatible-pointer-types]
int x;
long long *p = &x;
int main(void) { return 0; }
