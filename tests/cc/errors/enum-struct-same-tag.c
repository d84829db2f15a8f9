// expect-error: 'shape' defined as wrong kind of tag
struct shape { int sides; };
enum shape { ROUND };
int main(void) { return 0; }
