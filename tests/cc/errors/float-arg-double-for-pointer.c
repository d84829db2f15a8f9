// expect-error: incompatible type for argument 1 of 'take'
int take(int *p) { return p != 0; }
int main(void) { return take(1.5); }
