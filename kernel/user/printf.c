/* printf.c: the conversions the kernel's printf understands.
 * Expected: prints "d=-42 i=7 u=4294967254 x=ffffffd6 X=FFFFFFD6 c=A s=str p=0x40000000 %"
 * then "[   42] [42   ] [00042] [  ab] [(null)] [%q]" and exits with status 0. */
#include <stdio.h>

int main(int argc, char **argv)
{
    printf("d=%d i=%i u=%u x=%x X=%X c=%c s=%s p=%p %%\n",
           -42, 7, -42, -42, -42, 'A', "str", (void *)0x40000000);
    /* %q is unknown on purpose; a format in an array is not -Wformat-checked. */
    static const char unknown[] = "[%5d] [%-5d] [%05d] [%4s] [%s] [%q]\n";
    printf(unknown, 42, 42, 42, "ab", (char *)0);
    return 0;
}
