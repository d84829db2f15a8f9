// expect-error: initializer-string for array of chars is too long
char s[2] = "abc";
