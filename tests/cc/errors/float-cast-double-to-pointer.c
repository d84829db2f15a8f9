// expect-error: cannot convert to a pointer type
int main(void) { double d = 4096.0; int *p = (int *)d; return p != 0; }
