/* dd.c: the exact steps of double-double arithmetic, which let the rest of
 * libm carry about 106 bits through an argument reduction or a logarithm
 * with nothing wider than a double (ringside's x87 keeps doubles, and a real
 * one runs at 53-bit precision under cc's fpstart.s). */

/* a + b = s + *err exactly, whatever the magnitudes (Knuth's two-sum). */
double __two_sum(double a, double b, double *err)
{
    double s = a + b;
    double bb = s - a;
    *err = (a - (s - bb)) + (b - bb);
    return s;
}

/* The top 26 bits of a (Veltkamp's split), so products of halves are exact. */
static double upper_half(double a)
{
    double c = 134217729.0 * a;
    return c - (c - a);
}

/* a * b = p + *err exactly (Dekker), for |a|, |b| below 2^995 and a product
 * far from the underflow threshold. */
double __two_prod(double a, double b, double *err)
{
    double p = a * b;
    double ah = upper_half(a), al = a - ah;
    double bh = upper_half(b), bl = b - bh;
    *err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    return p;
}

/* (ah + al) / (bh + bl) as hi + *lo: one quotient, then its remainder. */
double __dd_div(double ah, double al, double bh, double bl, double *lo)
{
    double q = ah / bh, pe, p = __two_prod(q, bh, &pe);
    double r = (((ah - p) - pe) + al - q * bl) / bh;
    double hi = q + r;
    *lo = r - (hi - q);
    return hi;
}
