// expect-error: compound literals are only supported inside functions
struct p { int x; };
struct p *g = &(struct p){1};
