/* ioport.c: ring 3 writes to the serial port directly. IOPL is 0 and the
 * TSS has no I/O bitmap, so every port is closed to ring 3.
 * Expected: killed with "[program killed: general protection fault]", status 139. */
#include <stdio.h>

int main(int argc, char **argv)
{
    asm("mov dx, 0x3f8");
    asm("mov al, 0x41");
    asm("out dx, al");
    printf("ioport: wrote to COM1 directly!\n");
    return 1;
}
