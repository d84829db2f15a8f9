// expect: exit 0
// expect-output: 7
#include <stdio.h>
typedef struct { int w, h; } size_t2;
int area(size_t2 *s) { return s->w * s->h; }
int main(void) { size_t2 s = {7, 1}; printf("%d\n", area(&s)); return 0; }
