// expect-error: \x used with no following hex digits
char *s = "\xg";
