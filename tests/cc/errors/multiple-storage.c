// expect-error: multiple storage classes
static extern int x;
