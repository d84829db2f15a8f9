// expect-error: function returning an array
int f(void)[3];
