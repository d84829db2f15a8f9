// expect-error: unterminated comment
int x; /* never closed
