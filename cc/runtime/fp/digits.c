/* digits.c: the exact decimal expansion of a double, for printf's %f %e %g.
 * A finite double is m * 2^e with integer m < 2^53; for e < 0 that is
 * m * 5^-e / 10^-e, so m * 2^e (e >= 0) or m * 5^-e (e < 0) computed as a
 * big integer in base 10000 gives every digit exactly (at most 767 of them,
 * for the smallest denormal). printf then rounds that digit string, so the
 * output is the exact value correctly rounded, as glibc prints it. */
#include <string.h>

#define BASE 10000
#define MAX_LIMBS 200

union __fp_bits { double d; unsigned w[2]; };

/* a[0..n) = a * k + add, returning the new length (k * BASE fits in 32 bits). */
static int mul_add(unsigned *a, int n, unsigned k, unsigned add)
{
    unsigned carry = add;
    int i;
    for (i = 0; i < n; i++) {
        unsigned v = a[i] * k + carry;
        a[i] = v % BASE;
        carry = v / BASE;
    }
    while (carry != 0) {
        a[n++] = carry % BASE;
        carry /= BASE;
    }
    return n;
}

/* The digits of |x| (finite, nonzero) into out, most significant first, with
 * no leading or trailing zeros: |x| = 0.DIGITS * 10^point. Returns how many. */
int __fp_digits(double x, char *out, int *point)
{
    static const unsigned pow5[7] = { 1, 5, 25, 125, 625, 3125, 15625 };
    unsigned limbs[MAX_LIMBS];
    union __fp_bits b;
    unsigned hi, lo;
    int e, n, shift = 0, len = 0, i, k;
    b.d = x;
    lo = b.w[0];
    hi = b.w[1] & 0xfffff;
    e = (int)((b.w[1] >> 20) & 0x7ff);
    if (e == 0) e = 1;          /* a denormal: no hidden bit */
    else hi |= 0x100000;
    e -= 1075;
    /* m = hi * 2^32 + lo, 16 bits at a time. */
    n = mul_add(limbs, 0, 1, hi);
    n = mul_add(limbs, n, 65536, lo >> 16);
    n = mul_add(limbs, n, 65536, lo & 0xffff);
    while (e > 0) {
        k = e > 13 ? 13 : e;
        n = mul_add(limbs, n, 1u << k, 0);
        e -= k;
    }
    if (e < 0) shift = -e;
    while (e < 0) {
        k = -e > 6 ? 6 : -e;
        n = mul_add(limbs, n, pow5[k], 0);
        e += k;
    }
    for (i = n - 1; i >= 0; i--) {
        unsigned v = limbs[i];
        char four[4];
        int j;
        four[0] = (char)('0' + v / 1000);
        four[1] = (char)('0' + v / 100 % 10);
        four[2] = (char)('0' + v / 10 % 10);
        four[3] = (char)('0' + v % 10);
        for (j = 0; j < 4; j++) {
            if (len == 0 && four[j] == '0') continue;
            out[len++] = four[j];
        }
    }
    *point = len - shift;
    while (len > 0 && out[len - 1] == '0') len--;
    return len;
}
