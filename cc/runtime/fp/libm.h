/* libm.h: what the libm files share and no program sees: the double-double
 * helpers of dd.c, the exp and log kernels, the tables of math-tables.c
 * (written by scripts/cc-math-tables.ts), and the rounding constant. */
#ifndef RINGSIDE_LIBM_H
#define RINGSIDE_LIBM_H

/* dd.c: exact sums and products (result + rounding error), a pair quotient. */
double __two_sum(double a, double b, double *err);
double __two_prod(double a, double b, double *err);
double __dd_div(double ah, double al, double bh, double bl, double *lo);

/* exp.c, log.c: kernels that keep a low part. */
double __exp_kernel(double xh, double xl, int *m, double *lo);
double __exp_scale(double hi, double lo, int m);
double __log_dd(double x, double *lo);

/* math-tables.c: constants as hi + lo pairs, and the tables. */
extern const double __ln2[2];
extern const double __ln2_32[2];
extern const double __inv_ln2_32;
extern const double __log2e[2];
extern const double __log10e[2];
extern const double __exp2_32[64];
extern const double __log_table[276];
extern const double __pi[2];
extern const double __pi_2[2];
extern const double __pio2_parts[3];
extern const double __two_over_pi;
extern const double __two_over_pi_24[52];
extern const double __atan_16[34];

/* A double and its two 32-bit words (low word first). */
union __libm_bits { double d; unsigned w[2]; };

/* 0x1.8p52: adding it rounds a double below 2^51 to an integer (in the low word). */
#define ROUNDER 6755399441055744.0

#endif
