/* mm.h: the physical page allocator. One owner byte per 4 KiB page records
 * who holds it, which is also what the shell's `mem` map shows. */
#ifndef KERNEL_MM_H
#define KERNEL_MM_H

#include "types.h"

#define PAGE_SIZE 4096
#define PAGE_MASK 0xFFFFF000
#define MAX_RAM_BYTES 0x10000000    /* 256 MiB: the most RAM the kernel manages */

#define OWNER_FREE      '.'
#define OWNER_RESERVED  'R'         /* below 1 MiB: BIOS, VGA, multiboot info */
#define OWNER_KERNEL    'K'         /* the kernel image */
#define OWNER_MODULE    'M'         /* program images handed over by the loader */
#define OWNER_KTABLE    'T'         /* the kernel's page directory and page tables */
#define OWNER_USER      'U'         /* a program's pages */
#define OWNER_UTABLE    'P'         /* a program's page directory and page tables */
#define OWNER_GUARD     'G'         /* a kernel stack's guard page (part of the image, unmapped) */

void mm_init(u32 ram_top);
void mm_reserve(u32 start, u32 end, int owner);   /* marks [start, end) rounded out to pages */
u32 page_alloc(int owner);      /* a zeroed page's physical address, or 0 when memory is full */
void page_free(u32 address);
u32 mm_ram_top(void);
u32 mm_free_count(void);
void mm_dump(void);

#endif
