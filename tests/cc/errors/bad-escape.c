// expect-error: unknown escape sequence '\q'
char *s = "\q";
