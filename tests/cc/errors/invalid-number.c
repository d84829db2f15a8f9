// expect-error: invalid suffix 'zz' on integer constant
int x = 12zz;
