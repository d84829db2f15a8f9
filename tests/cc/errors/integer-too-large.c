// expect-error: integer constant '18446744073709551616' is too large for its type
unsigned long long x = 18446744073709551616;
