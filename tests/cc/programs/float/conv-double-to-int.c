// expect: exit 0
// expect-output: 2 -2 0 0 1000000000 -1000000000 123456 
// expect-output: 65 -300
// expect-output: 200 60000
/* Conversion to integers truncates toward zero. */
#include <stdio.h>
int main(void)
{
    double v[] = { 2.9, -2.9, 0.5, -0.5, 1e9, -1e9, 123456.999 };
    int i;
    for (i = 0; i < 7; i++) printf("%d ", (int)v[i]);
    printf("\n");
    printf("%d %d\n", (char)65.7, (short)-300.2);
    printf("%d %d\n", (unsigned char)200.9, (unsigned short)60000.5);
    return 0;
}
