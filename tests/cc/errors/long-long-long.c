// expect-error: 'long long long' is too long
long long long x;
