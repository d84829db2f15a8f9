// expect: exit 0
// expect-output:                            ....         
// expect-output:                         ....+++...      
// expect-output:                     .......+###+......  
// expect-output:             .........+##############+.. 
// expect-output:         ....++++++..+################+. 
// expect-output:      .....++#######+#################...
// expect-output:      .....++#######+#################...
// expect-output:         ....++++++..+################+. 
// expect-output:             .........+##############+.. 
// expect-output:                     .......+###+......  
// expect-output:                         ....+++...      
// expect-output:                            ....         
/* An ASCII Mandelbrot set: iteration counts of z = z^2 + c. */
#include <stdio.h>
int main(void)
{
    int row, col;
    for (row = 0; row < 12; row++) {
        for (col = 0; col < 40; col++) {
            double cr = -2.0 + col * 0.065, ci = -1.1 + row * 0.2;
            double zr = 0, zi = 0;
            int n = 0;
            while (n < 50 && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2 * zr * zi + ci;
                zr = t;
                n++;
            }
            putchar(n == 50 ? '#' : n > 10 ? '+' : n > 4 ? '.' : ' ');
        }
        putchar('\n');
    }
    return 0;
}
