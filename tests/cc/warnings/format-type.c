// expect-warning: format '%d' expects argument of type 'int', but argument 2 has type 'char *' [-Wformat=]
#include <stdio.h>
int main(void)
{
    char *s = "x";
    printf("%d\n", s);
    return 0;
}
