// expect-error: floating constant in preprocessor expression
#if 1.5 > 1
int x;
#endif
int main(void) { return 0; }
