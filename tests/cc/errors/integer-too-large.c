// expect-error: integer constant '99999999999' is too large for 32 bits
int x = 99999999999;
