// expect-error: declaration of an array of functions
int fs[3](void);
