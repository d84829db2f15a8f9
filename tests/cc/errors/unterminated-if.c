// expect-error: unterminated conditional directive
#if 1
int x;
