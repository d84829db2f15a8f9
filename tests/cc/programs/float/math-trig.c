// expect: exit 0
// expect-output: 0 1 0
// expect-output: 0.479425538604203 0.877582561890373 0.54630248984379
// expect-output: 0.841470984807897 0.54030230586814 1.5574077246549
// expect-output: 0.909297426825682 -0.416146836547142 -2.18503986326152
// expect-output: 0.141120008059867 -0.989992496600445 -0.142546543074278
// expect-output: -0.948984619355586 0.315322362395269 -3.00956967386283
// expect-output: -0.54402111088937 -0.839071529076452 0.648360827459087
// expect-output: -0.506365641109759 0.862318872287684 -0.587213915156929
// expect-output: 0.5 0.5
/* sin, cos, tan on a test set (15 significant digits). */
#include <stdio.h>
#include <math.h>
int main(void)
{
    double v[] = { 0.0, 0.5, 1.0, 2.0, 3.0, -1.25, 10.0, 100.0 };
    int i;
    for (i = 0; i < 8; i++) printf("%.15g %.15g %.15g\n", sin(v[i]), cos(v[i]), tan(v[i]));
    printf("%.15g %.15g\n", sin(M_PI / 6), cos(M_PI / 3));
    return 0;
}
