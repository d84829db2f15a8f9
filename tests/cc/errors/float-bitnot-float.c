// expect-error: wrong type argument to bit-complement
int main(void) { float f = 1.0f; return ~f; }
