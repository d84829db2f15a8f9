// expect-error: long long is not supported
long long x;
