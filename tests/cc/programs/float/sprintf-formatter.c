// expect: exit 0
// expect-output: name        |count |   flags|       price|serial (48)
// expect-output: ---------------------------------------
// expect-output: widget      |   +12|    0x1f|       3.500|1234567890123
// expect-output: gear        |    -4|   0x200|       0.125|-42
// expect-output: sprocket-l  | +1000|       0|   12345.678|9000000000000000000
// expect-output: nut         |    +0|0xdeadbeef|       0.000|0
// expect-output: total 1008 items worth 12345719.50 (1.234572e+07, 1.23457e+07)
// expect-output: [12   ] [00012] [ 12] [37] [037] [1F] [3.5000e+00] [3.5       ] [3.5E+10] [w%]
// expect-output: [-4   ] [-0004] [-4] [0] [0] [200] [1.2500e-01] [0.125     ] [1.25E+09] [g%]
// expect-output: [1000 ] [01000] [ 1000] [0] [0] [0] [1.2346e+04] [1.23e+04  ] [1.23457E+14] [s%]
// expect-output: [0    ] [00000] [ 0] [357] [0357] [DEADBEEF] [1.0000e-05] [1e-05     ] [100000] [n%]
// expect-output: snprintf 9 -> "widget:"
// expect-output: snprintf 7 -> "gear:-4"
// expect-output: snprintf 23 -> "sprocke"
// expect-output: snprintf 5 -> "nut:0"
// expect-output: snprintf(NULL, 0) = 12
// expect-output:  -8 <0.7     >
// expect-output:  -4 <0.7 >
// expect-output:   0 <1>
// expect-output:   4 <0.67>
// expect-output:   8 <  0.6667>
// expect-output:    ab|x    ||
/* A report formatter that builds every line with sprintf/snprintf: columns
 * padded and aligned, numbers in several bases and float styles, widths and
 * precisions from arguments, lines assembled piece by piece from the return
 * values, and truncation measured by snprintf. */
#include <stdio.h>
#include <string.h>

struct row { const char *name; int count; unsigned flags; double price; long long serial; };

static const struct row rows[] = {
    { "widget", 12, 0x1f, 3.5, 1234567890123LL },
    { "gear", -4, 0x200, 0.125, -42LL },
    { "sprocket-long-name", 1000, 0, 12345.678, 9000000000000000000LL },
    { "nut", 0, 0xdeadbeef, 1e-5, 0LL },
};

/* Appends to buf at *len with sprintf, using its return value as the new length. */
static void append(char *buf, int *len, const char *s, int width)
{
    *len += sprintf(buf + *len, "%-*s|", width, s);
}

int main(void)
{
    char line[200], cell[40], small[8];
    int i, len, total = 0;
    double sum = 0;

    len = 0;
    append(line, &len, "name", 12);
    append(line, &len, "count", 6);
    len += sprintf(line + len, "%8s|%12s|%s", "flags", "price", "serial");
    printf("%s (%d)\n", line, len);
    memset(cell, '-', 39);
    cell[39] = 0;
    printf("%.*s\n", len, cell);

    for (i = 0; i < 4; i++) {
        const struct row *r = &rows[i];
        len = 0;
        sprintf(cell, "%.10s", r->name);
        append(line, &len, cell, 12);
        len += sprintf(line + len, "%+6d|%#8x|%12.3f|%lld", r->count, r->flags, r->price, r->serial);
        printf("%s\n", line);
        total += r->count;
        sum += r->price * r->count;
    }
    printf("total %d items worth %.2f (%e, %g)\n", total, sum, sum, sum);

    /* The same numbers in other notations. */
    for (i = 0; i < 4; i++) {
        const struct row *r = &rows[i];
        sprintf(line, "[%-5d] [%05d] [% d] [%o] [%#o] [%X] [%10.4e] [%-10.3g] [%G] [%c%%]",
                r->count, r->count, r->count, r->flags & 0777, r->flags & 0777, r->flags, r->price, r->price,
                r->price * 1e10, r->name[0]);
        puts(line);
    }

    /* snprintf: the length it would have written, and a terminated prefix. */
    for (i = 0; i < 4; i++) {
        int n = snprintf(small, sizeof small, "%s:%d", rows[i].name, rows[i].count);
        printf("snprintf %d -> \"%s\"\n", n, small);
    }
    printf("snprintf(NULL, 0) = %d\n", snprintf(NULL, 0, "%*.*f", 12, 4, 3.14159265));

    /* Widths and precisions taken from the arguments, negative width = left. */
    for (i = -8; i <= 8; i += 4) {
        sprintf(line, "<%*.*f>", i, i < 0 ? 1 : i / 2, 2.0 / 3.0);
        printf("%3d %s\n", i, line);
    }
    sprintf(line, "%5.2s|%-5.1s|%.0s|%s", "abcdef", "xyz", "gone", "");
    printf("%s\n", line);
    return 0;
}
