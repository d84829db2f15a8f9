// expect-error: variable 'v' declared void
void v;
