/* vm.c: two-level paging. vm_init identity-maps all RAM supervisor-only (so
 * ring 3 cannot touch the kernel), leaves page 0 unmapped to catch null
 * pointers in the kernel, and turns on paging with CR0.WP so the kernel too
 * respects read-only pages. */
#include "vm.h"
#include "mm.h"
#include "x86.h"
#include "kstring.h"
#include "panic.h"

#define CR0_WP 0x00010000
#define CR0_PG 0x80000000
#define PDE_INDEX(va) ((va) >> 22)
#define PTE_INDEX(va) (((va) >> 12) & 0x3FF)

static u32 kernel_directory;
static u32 kernel_pde_count;
static int shared_mode;         /* the "shared" demo option (vm_activate) */
static u32 shared_directory;    /* directory entries 0..count-1 are the shared kernel map */

void vm_init(u32 ram_top, int flat, int shared)
{
    u32 *directory;
    u32 *table;
    u32 pa;
    u32 flags = PTE_PRESENT | PTE_WRITE;
    if (flat)
        flags = flags | PTE_USER;   /* the "flat" demo: no isolation at all */

    shared_mode = shared;
    kernel_directory = page_alloc(OWNER_KTABLE);
    if (kernel_directory == 0)
        panic("vm_init: no memory for the page directory");
    directory = (u32 *)kernel_directory;
    kernel_pde_count = (ram_top + 0x3FFFFF) >> 22;
    if (kernel_pde_count > PDE_INDEX(USER_BASE))
        panic("vm_init: RAM reaches the user window");

    for (pa = 0; pa < ram_top; pa += PAGE_SIZE) {
        if ((pa & 0x3FFFFF) == 0) {
            u32 t = page_alloc(OWNER_KTABLE);
            if (t == 0)
                panic("vm_init: no memory for page tables");
            directory[PDE_INDEX(pa)] = t | flags;
        }
        table = (u32 *)(directory[PDE_INDEX(pa)] & PAGE_MASK);
        if (pa != 0)
            table[PTE_INDEX(pa)] = pa | flags;
    }
    load_cr3(kernel_directory);
    write_cr0(read_cr0() | CR0_PG | CR0_WP);
}

void vm_guard_kernel_page(u32 area)
{
    u32 page = (area + PAGE_SIZE - 1) & PAGE_MASK;
    u32 *pte = vm_pte(kernel_directory, page);
    if (pte == 0)
        panic("vm_guard_kernel_page: address outside the kernel map");
    *pte = 0;
    invlpg(page);
    mm_reserve(page, page + PAGE_SIZE, OWNER_GUARD);
}

u32 vm_kernel_directory(void)
{
    return kernel_directory;
}

u32 vm_create(void)
{
    u32 directory = page_alloc(OWNER_UTABLE);
    u32 i;
    if (directory == 0)
        return 0;
    for (i = 0; i < kernel_pde_count; i++)
        ((u32 *)directory)[i] = ((u32 *)kernel_directory)[i];
    return directory;
}

u32 *vm_pte(u32 directory, u32 va)
{
    u32 pde = ((u32 *)directory)[PDE_INDEX(va)];
    if ((pde & PTE_PRESENT) == 0)
        return 0;
    return (u32 *)(pde & PAGE_MASK) + PTE_INDEX(va);
}

int vm_map(u32 directory, u32 va, u32 pa, u32 flags)
{
    u32 *pde = (u32 *)directory + PDE_INDEX(va);
    u32 *pte;
    if (PDE_INDEX(va) < kernel_pde_count)
        panic("vm_map: address inside the shared kernel map");
    if ((*pde & PTE_PRESENT) == 0) {
        u32 table = page_alloc(OWNER_UTABLE);
        if (table == 0)
            return 0;
        /* The directory entry allows everything; the PTE decides. */
        *pde = table | PTE_PRESENT | PTE_WRITE | PTE_USER;
    }
    pte = vm_pte(directory, va);
    *pte = (pa & PAGE_MASK) | (flags & 0xFFF) | PTE_PRESENT;
    invlpg(va);     /* also right when the "shared" directory shows this table */
    return 1;
}

void vm_unmap(u32 directory, u32 va)
{
    u32 *pte = vm_pte(directory, va);
    if (pte == 0 || (*pte & PTE_PRESENT) == 0)
        return;
    page_free(*pte & PAGE_MASK);
    *pte = 0;
    invlpg(va);
}

void vm_destroy(u32 directory)
{
    u32 i;
    u32 j;
    u32 *table;
    if (read_cr3() == directory)
        load_cr3(kernel_directory);
    for (i = kernel_pde_count; i < 1024; i++) {
        u32 pde = ((u32 *)directory)[i];
        if ((pde & PTE_PRESENT) == 0)
            continue;
        table = (u32 *)(pde & PAGE_MASK);
        for (j = 0; j < 1024; j++) {
            if (table[j] & PTE_PRESENT)
                page_free(table[j] & PAGE_MASK);
        }
        page_free(pde & PAGE_MASK);
    }
    page_free(directory);
}

/* fork: a new directory whose user window holds copies of every page of
 * directory's, with the same protection; 0 when memory runs out. */
u32 vm_copy(u32 directory)
{
    u32 copy = vm_create();
    u32 i;
    u32 j;
    u32 *table;
    u32 page;
    if (copy == 0)
        return 0;
    for (i = kernel_pde_count; i < 1024; i++) {
        u32 pde = ((u32 *)directory)[i];
        if ((pde & PTE_PRESENT) == 0)
            continue;
        table = (u32 *)(pde & PAGE_MASK);
        for (j = 0; j < 1024; j++) {
            if ((table[j] & PTE_PRESENT) == 0)
                continue;
            page = page_alloc(OWNER_USER);
            if (page == 0 || !vm_map(copy, (i << 22) | (j << 12), page, table[j] & 0xFFF)) {
                if (page != 0)
                    page_free(page);
                vm_destroy(copy);
                return 0;
            }
            kmemcpy((void *)page, (const void *)(table[j] & PAGE_MASK), PAGE_SIZE);
        }
    }
    return copy;
}

/* The "shared" demo: one page directory for every process, the classic
 * mistake. The window at USER_BASE shows the running process, and every
 * live process's window is also mapped, user-accessible, at its alias
 * (vm_alias_base), so any process can reach any other's memory. */


u32 vm_alias_base(int slot)
{
    return USER_TOP + (u32)slot * 0x400000;
}

static u32 window_table(u32 directory)
{
    return ((u32 *)directory)[PDE_INDEX(USER_BASE)];
}

/* Makes directory (a process's, or 0 for none) the address space the CPU uses.
 * windows[i] is slot i's directory (0: no process there). */
void vm_activate(u32 directory, u32 *windows, int slots)
{
    u32 *shared;
    int i;
    if (!shared_mode) {
        load_cr3(directory);
        return;
    }
    if (shared_directory == 0) {
        shared_directory = page_alloc(OWNER_KTABLE);
        if (shared_directory == 0)
            panic("vm_activate: no memory for the shared directory");
        for (i = 0; i < (int)kernel_pde_count; i++)
            ((u32 *)shared_directory)[i] = ((u32 *)kernel_directory)[i];
    }
    shared = (u32 *)shared_directory;
    shared[PDE_INDEX(USER_BASE)] = directory ? window_table(directory) : 0;
    for (i = 0; i < slots; i++)
        shared[PDE_INDEX(vm_alias_base(i))] = windows[i] ? window_table(windows[i]) : 0;
    load_cr3(shared_directory);
}
