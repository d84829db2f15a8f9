/* int64.c: 64-bit division and remainder, which i386 has no instruction for.
 * cc calls these for `/` and `%` on (unsigned) long long, with the names and
 * cdecl signatures gcc's libgcc uses (arguments in two stack slots each,
 * result in EDX:EAX). Everything else on long long is inline code. */

/* Shift-and-subtract long division; the remainder goes to *rem. */
static unsigned long long udivmod(unsigned long long n, unsigned long long d, unsigned long long *rem)
{
    unsigned long long q = 0;
    unsigned long long r = 0;
    int i;
    if ((n >> 32) == 0 && (d >> 32) == 0) {
        /* Both fit in 32 bits: one DIV (a zero divisor faults there, as it would natively). */
        unsigned a = (unsigned)n;
        unsigned b = (unsigned)d;
        *rem = a % b;
        return a / b;
    }
    if (d == 0) {
        unsigned zero = (unsigned)d;
        return (unsigned)n / zero;   /* divide error, like the 32-bit case */
    }
    for (i = 63; i >= 0; i--) {
        r = (r << 1) | ((n >> i) & 1);
        if (r >= d) {
            r -= d;
            q |= 1ULL << i;
        }
    }
    *rem = r;
    return q;
}

unsigned long long __udivdi3(unsigned long long n, unsigned long long d)
{
    unsigned long long r;
    return udivmod(n, d, &r);
}

unsigned long long __umoddi3(unsigned long long n, unsigned long long d)
{
    unsigned long long r;
    udivmod(n, d, &r);
    return r;
}

/* C rounds toward zero: divide the magnitudes, then the quotient is negative
 * when exactly one operand is, and the remainder takes the dividend's sign. */
long long __divdi3(long long n, long long d)
{
    unsigned long long r;
    unsigned long long q = udivmod(n < 0 ? 0 - (unsigned long long)n : (unsigned long long)n,
                                   d < 0 ? 0 - (unsigned long long)d : (unsigned long long)d, &r);
    return (n < 0) != (d < 0) ? -(long long)q : (long long)q;
}

long long __moddi3(long long n, long long d)
{
    unsigned long long r;
    udivmod(n < 0 ? 0 - (unsigned long long)n : (unsigned long long)n,
            d < 0 ? 0 - (unsigned long long)d : (unsigned long long)d, &r);
    return n < 0 ? -(long long)r : (long long)r;
}
