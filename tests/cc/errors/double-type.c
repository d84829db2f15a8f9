// expect-error: floating point is not supported
double d;
