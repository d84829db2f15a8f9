// expect-error: storage size of 's' isn't known
struct nope s;
