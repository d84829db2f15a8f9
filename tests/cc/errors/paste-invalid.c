// expect-error: pasting "+" and "/" does not give a valid preprocessing token
#define P(a, b) a##b
int x = P(+, /);
