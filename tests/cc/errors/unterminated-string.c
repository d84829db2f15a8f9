// expect-error: unterminated string literal
char *s = "abc;
