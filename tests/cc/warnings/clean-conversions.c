// No warnings: null pointers, void * both ways, const added, constants that fit.
#include <stdlib.h>
#include <string.h>
struct node { int v; struct node *next; };
const char *name(void) { return "x"; }
int main(void)
{
    struct node *n = malloc(sizeof *n);
    void *raw = n;
    char *s = 0;
    const char *k = name();
    unsigned char b = 255;
    unsigned char m = -1;
    signed char sc = -128;
    unsigned int u = 0xffffffff;
    int neg = 0x80000000;
    short sh = -32768;
    char buf[8];
    n->next = NULL;
    n = raw;
    strcpy(buf, k);
    s = buf;
    free(n);
    return (s[0] != 120) + (b != 255) + (m != 255) + (sc != -128) + (u != 0xffffffffu) + (neg == 0) + (sh != -32768);
}
