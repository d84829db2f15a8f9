// expect-error: invalid suffix 'lL' on integer constant
long long x = 1lL;
