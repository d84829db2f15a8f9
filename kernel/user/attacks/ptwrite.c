/* ptwrite.c: ring 3 scans the kernel's memory for the page table that maps
 * the first 4 MiB (entry i maps page i) and maps page 0 for itself. The scan
 * starts at 1.25 MiB, past the kernel image and the unmapped guard pages under
 * its stacks (which would fault even when kernel pages are user-accessible).
 * The first read of kernel memory already faults (supervisor-only).
 * expect: killed page fault 139 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    unsigned int addr;
    for (addr = 0x00140000; addr < 0x02000000; addr += 4096) {
        volatile unsigned int *t = (volatile unsigned int *)addr;
        if ((t[1] & 0xFFFFF000) == 0x1000 && (t[2] & 0xFFFFF000) == 0x2000 &&
            (t[3] & 0xFFFFF000) == 0x3000 && (t[1] & 1) && (t[0] & 1) == 0) {
            t[0] = 0x00000007;              /* page 0: present, writable, user */
            printf("ptwrite: page table at 0x%x rewritten!\n", addr);
            return 1;
        }
    }
    printf("ptwrite: no page table found\n");
    return 2;
}
