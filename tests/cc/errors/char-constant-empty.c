// expect-error: empty character constant
int c = '';
