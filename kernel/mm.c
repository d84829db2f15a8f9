/* mm.c: physical pages, one owner byte each. RAM is identity-mapped, so a
 * page's physical address is also the kernel's pointer to it. */
#include "mm.h"
#include "kstring.h"
#include "console.h"
#include "panic.h"

#define MAX_PAGES (MAX_RAM_BYTES / PAGE_SIZE)

static u8 owners[MAX_PAGES];
static u32 page_count;
static u32 free_count;
static u32 next_hint;

void mm_init(u32 ram_top)
{
    if (ram_top > MAX_RAM_BYTES)
        ram_top = MAX_RAM_BYTES;
    page_count = ram_top / PAGE_SIZE;
    kmemset(owners, OWNER_FREE, page_count);
    kmemset(owners + page_count, OWNER_RESERVED, MAX_PAGES - page_count);
    free_count = page_count;
    next_hint = 0;
    mm_reserve(0, 0x100000, OWNER_RESERVED);
}

void mm_reserve(u32 start, u32 end, int owner)
{
    u32 page = start / PAGE_SIZE;
    u32 last = (end + PAGE_SIZE - 1) / PAGE_SIZE;
    for (; page < last && page < page_count; page++) {
        if (owners[page] == OWNER_FREE)
            free_count--;
        owners[page] = (u8)owner;
    }
}

u32 page_alloc(int owner)
{
    u32 scanned;
    u32 page = next_hint;
    for (scanned = 0; scanned < page_count; scanned++) {
        if (page >= page_count)
            page = 0;
        if (owners[page] == OWNER_FREE) {
            owners[page] = (u8)owner;
            free_count--;
            next_hint = page + 1;
            kmemset((void *)(page * PAGE_SIZE), 0, PAGE_SIZE);
            return page * PAGE_SIZE;
        }
        page++;
    }
    return 0;
}

void page_free(u32 address)
{
    u32 page = address / PAGE_SIZE;
    if ((address & (PAGE_SIZE - 1)) != 0 || page >= page_count)
        panic("page_free: bad page address");
    if (owners[page] != OWNER_USER && owners[page] != OWNER_UTABLE)
        panic("page_free: page is not a program's page");
    owners[page] = OWNER_FREE;
    free_count++;
}

u32 mm_ram_top(void)
{
    return page_count * PAGE_SIZE;
}

u32 mm_free_count(void)
{
    return free_count;
}

/* WeensyOS-style map: one character per page, 64 pages (256 KiB) a line,
 * for the first 4 MiB; then a count per owner for all of RAM. */
void mm_dump(void)
{
    u32 page;
    u32 shown = page_count < 1024 ? page_count : 1024;
    u32 counts[8];
    const char *codes = "RKGMTUP.";
    int i;
    kprintf("physical memory: %u KiB, %u pages, %u free\n", page_count * 4, page_count, free_count);
    for (page = 0; page < shown; page++) {
        if (page % 64 == 0)
            kprintf("0x%08x ", page * PAGE_SIZE);
        console_putc(owners[page]);
        if (page % 64 == 63)
            console_putc('\n');
    }
    if (shown % 64 != 0)
        console_putc('\n');
    for (i = 0; i < 8; i++)
        counts[i] = 0;
    for (page = 0; page < page_count; page++) {
        for (i = 0; i < 8; i++) {
            if (owners[page] == codes[i])
                counts[i]++;
        }
    }
    kprintf("R reserved %u  K kernel %u  G stack guards %u  M modules %u  T kernel tables %u  U program %u  P program tables %u  . free %u\n",
            counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]);
}
