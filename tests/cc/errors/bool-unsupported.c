// expect-error: _Bool is not supported
_Bool flag;
