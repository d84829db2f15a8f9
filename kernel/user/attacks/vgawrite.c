/* vgawrite.c: ring 3 writes a character straight into the VGA text buffer at
 * 0xB8000 (low memory is identity-mapped, supervisor-only).
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    volatile char *vga = (volatile char *)0x000B8000;
    *vga = (char)0x21;
    printf("vgawrite: I wrote to the screen behind the kernel's back!\n");
    return 1;
}
