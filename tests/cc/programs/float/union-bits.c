// expect: exit 0
// expect-output: 3ff00000 00000000
// expect-output: bfb99999 9999999a
// expect-output: 3f000000
// expect-output: 3.141593
/* The IEEE bits of doubles and floats through a union. */
#include <stdio.h>
union d { double d; unsigned w[2]; };
union f { float f; unsigned w; };
int main(void)
{
    union d a;
    union f b;
    a.d = 1.0;
    printf("%08x %08x\n", a.w[1], a.w[0]);
    a.d = -0.1;
    printf("%08x %08x\n", a.w[1], a.w[0]);
    b.f = 0.5f;
    printf("%08x\n", b.w);
    b.w = 0x40490fdbu;
    printf("%.6f\n", b.f);
    return 0;
}
