// expect-error: unterminated character constant
int c = 'a;
