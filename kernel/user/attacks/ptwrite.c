/* ptwrite.c: ring 3 scans the kernel's memory for the page table that maps
 * the first 4 MiB (entry 256 maps the page at 1 MiB, and so on) and maps
 * page 0 for itself. The scan runs down from 8 MiB, so that it meets the
 * kernel's page tables (allocated after the kernel image) before the
 * unmapped guard pages inside the image, which would fault even when kernel
 * pages are user-accessible.
 * The first read of kernel memory already faults (supervisor-only).
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    unsigned int addr;
    for (addr = 0x007FF000; addr >= 0x00100000; addr -= 4096) {
        volatile unsigned int *t = (volatile unsigned int *)addr;
        /* Entries 256..259 map the kernel's first pages, 1 MiB and up. */
        if ((t[256] & 0xFFFFF001) == 0x00100001 && (t[257] & 0xFFFFF001) == 0x00101001 &&
            (t[258] & 0xFFFFF001) == 0x00102001 && (t[259] & 0xFFFFF001) == 0x00103001) {
            t[0] = 0x00000007;              /* page 0: present, writable, user */
            printf("ptwrite: page table at 0x%x rewritten!\n", addr);
            return 1;
        }
    }
    printf("ptwrite: no page table found\n");
    return 2;
}
