// expect-error: invalid use of incomplete type 'struct t'
struct t;
int get(struct t *p) { return p->x; }
