// expect: exit 0
// expect-output: 3 4
#include <stdio.h>
#include <stdarg.h>
struct p { int x, y; };
void show(int n, ...) { va_list ap; va_start(ap, n); struct p *q = va_arg(ap, struct p *); printf("%d %d\n", q->x, q->y); va_end(ap); }
int main(void) { struct p v = {3, 4}; show(1, &v); return 0; }
